/** A fresh migrated SQLite database and one household, for a benchmark process. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { raw, newId } from "../../lib/db/raw";
import { operatorContext, type HouseholdContext } from "../../lib/auth/guard";

export async function freshDatabase(): Promise<{ dir: string; url: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tirelire-bench-"));
  const url = `file:${path.join(dir, "bench.db")}`;
  // In a child process: the migration engine keeps its SQLite connection (and lock) until its process exits.
  execFileSync(process.execPath, [path.resolve(path.dirname(__filename), "../../scripts/migrate.mjs"), "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });
  return { dir, url };
}

/** Points the app's connections at `url` and creates a household there (or reuses the one given). */
export async function householdIn(url: string, householdId?: string): Promise<HouseholdContext> {
  process.env.DATABASE_URL = url;
  if (householdId) return operatorContext(householdId);
  const id = newId();
  await raw().run(`INSERT INTO "Household" ("id", "name", "locale", "currency", "createdAt") VALUES (?, ?, ?, ?, ?)`, [id, "Bench", "fr", "EUR", new Date().toISOString()]);
  return operatorContext(id);
}
