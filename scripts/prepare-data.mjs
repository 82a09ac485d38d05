// Prepares the runtime environment shared by `npm start` and `npm run dev`: the data directory, an absolute
// database URL (the standalone server chdirs to its own folder), pending migrations, and the session secret.
// Run directly (`node scripts/prepare-data.mjs`, what `npm run dev` does) or imported by scripts/start.mjs.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { providerOf } from "./env.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** `file:./x.db` is relative to where the command ran; the server runs elsewhere, so make it absolute. */
export function absoluteDatabaseUrl(url, cwd = process.cwd()) {
  if (providerOf(url) !== "sqlite") return url;
  const [file, query] = url.replace(/^file:/, "").split("?");
  const absolute = path.isAbsolute(file) ? file : path.resolve(cwd, file);
  return `file:${absolute}${query ? `?${query}` : ""}`;
}

/** NEXTAUTH_SECRET from the environment, else `<dataDir>/auth.secret`, generated once (mode 0600). */
export function ensureAuthSecret(dataDir) {
  if (process.env.NEXTAUTH_SECRET) return "env";
  const file = path.join(dataDir, "auth.secret");
  if (!fs.existsSync(file)) {
    // "wx": never overwrite a secret another process wrote in the meantime (that would sign everyone out).
    try {
      fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url") + "\n", { mode: 0o600, flag: "wx" });
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    }
  }
  process.env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
  return file;
}

/** Sets the environment the app reads and applies pending migrations. Returns what it decided. */
export async function prepareData({ log = console.log } = {}) {
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  process.env.CHECKPOINT_DISABLE ??= "1";
  const dataDir = path.resolve(process.env.TIRELIRE_DATA_DIR ?? "./data");
  fs.mkdirSync(dataDir, { recursive: true });
  process.env.TIRELIRE_DATA_DIR = dataDir;
  const url = absoluteDatabaseUrl(process.env.DATABASE_URL ?? `file:${path.join(dataDir, "tirelire.db")}`);
  process.env.DATABASE_URL = url;
  const provider = providerOf(url);
  // SQLite creates the file but not its folder.
  if (provider === "sqlite") fs.mkdirSync(path.dirname(url.replace(/^file:/, "").split("?")[0]), { recursive: true });
  // /api/health compares the applied migrations with these folders.
  process.env.TIRELIRE_MIGRATIONS_DIR ??= path.join(root, provider === "postgresql" ? "prisma/postgres/migrations" : "prisma/migrations");
  // In a child process: the migration engine keeps its database connection until its process ends, and the
  // start script lives as long as the server.
  // Instances started together (several on one PostgreSQL) queue on the engine's advisory lock; one that waited past
  // the engine's timeout tries again (by then the first has applied the migrations and released the lock).
  let migrated;
  for (let attempt = 1; ; attempt++) {
    migrated = spawnSync(process.execPath, [path.join(root, "scripts/migrate.mjs"), "deploy"], { env: process.env, encoding: "utf8" });
    const isLockTimeout = migrated.status !== 0 && provider === "postgresql" && /timed out/i.test(`${migrated.stderr}${migrated.stdout}`);
    if (!isLockTimeout || attempt === 6) break;
    log(`Migrations: another instance holds the migration lock; trying again (${attempt}/5).`);
    await new Promise((resolve) => setTimeout(resolve, 1_000 * attempt));
  }
  if (migrated.status !== 0) {
    const detail = (migrated.stderr || migrated.stdout || "").trim().split("\n").slice(0, 6).join("\n");
    throw new Error(`Applying migrations to ${provider === "sqlite" ? url : "the PostgreSQL database"} failed:\n${detail}`);
  }
  log(migrated.stdout.trim());
  const secretSource = ensureAuthSecret(dataDir);
  // Without NEXTAUTH_URL, next-auth v4 builds its URLs for localhost:3000; trust the Host header instead so the
  // app works behind any name or port it is reached on. Set NEXTAUTH_URL to pin the public URL.
  if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= "true";
  return { dataDir, provider, databaseUrl: url, secretSource };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = await prepareData();
  console.log(`Data directory: ${result.dataDir} (${result.provider})`);
}
