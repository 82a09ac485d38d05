// Runtime configuration shared by the start script, migrations and the CLI (lib/config.ts mirrors it).
import path from "node:path";
import fs from "node:fs";

export function dataDir() {
  return path.resolve(process.env.TIRELIRE_DATA_DIR ?? "./data");
}

export function databaseUrl() {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const dir = dataDir();
  fs.mkdirSync(dir, { recursive: true });
  return `file:${path.join(dir, "tirelire.db")}`;
}

export function providerOf(url) {
  return /^postgres(ql)?:/.test(url) ? "postgresql" : "sqlite";
}
