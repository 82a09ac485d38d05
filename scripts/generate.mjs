// Writes prisma/postgres/schema.prisma from prisma/schema.prisma and generates both Prisma clients.
// `--check` only verifies that the PostgreSQL schema is current (CI fails when it is stale).
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const sqlitePath = path.join(root, "prisma/schema.prisma");
const pgPath = path.join(root, "prisma/postgres/schema.prisma");

export function postgresSchema(source) {
  return (
    "// GENERATED from prisma/schema.prisma by scripts/generate.mjs. Do not edit.\n" +
    source
      .replace('provider = "sqlite"', 'provider = "postgresql"')
      .replace('output   = "../src/generated/prisma"', 'output   = "../../src/generated/pg"')
  );
}

const expected = postgresSchema(fs.readFileSync(sqlitePath, "utf8"));
if (process.argv.includes("--check")) {
  const current = fs.existsSync(pgPath) ? fs.readFileSync(pgPath, "utf8") : "";
  if (current !== expected) {
    console.error("prisma/postgres/schema.prisma is stale: run npm run db:generate and commit it.");
    process.exit(1);
  }
  console.log("PostgreSQL schema is current.");
  process.exit(0);
}

fs.mkdirSync(path.dirname(pgPath), { recursive: true });
fs.writeFileSync(pgPath, expected);
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: path.join(root, "scripts/no-schema-engine"), CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
const prisma = path.join(root, "node_modules/prisma/build/index.js");
for (const schema of [sqlitePath, pgPath]) {
  execFileSync(process.execPath, [prisma, "generate", "--schema", schema], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
}
console.log("Prisma clients generated (sqlite, postgresql).");
