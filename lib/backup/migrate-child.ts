/**
 * Applies migrations in a child process. The wasm schema engine keeps its SQLite connection (and lock) open
 * after it finishes, so migrating in-process would leave the restore's own transaction waiting on "database is
 * locked"; a child process releases everything when it exits.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { AppError } from "../errors";

export function deployMigrationsInChild(url: string): void {
  const script = fileURLToPath(new URL("../../scripts/migrate.mjs", import.meta.url));
  const result = spawnSync(process.execPath, [script, "deploy"], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8", timeout: 300_000 });
  if (result.status !== 0) throw new AppError("INTERNAL", `Applying migrations before the restore failed: ${(result.stderr || result.stdout || String(result.error ?? "")).trim().split("\n")[0]}`);
}
