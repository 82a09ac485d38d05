/**
 * A migrated SQLite file with one household and ten accounts, for the insert benchmarks: they copy it once per
 * measured run (the migration engine keeps its connection open until its process ends, so it migrates one file).
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { deployMigrations } from "../scripts/migrate-engine.mjs";

export const BENCH_HOUSEHOLD = "cmbenchhousehold000000001";
export const benchAccountId = (i: number) => `cmbenchaccount00000000000${i}`;
const CREATED = "2026-01-01T00:00:00.000+00:00";

/** Writes `dir`/template.db and returns its path. */
export async function benchTemplate(dir: string): Promise<string> {
  const template = path.join(dir, "template.db");
  await deployMigrations("sqlite", `file:${template}.migrated`);
  fs.copyFileSync(`${template}.migrated`, template);
  const setup = new Database(template);
  try {
    setup.exec(`INSERT INTO "Household" ("id", "name", "createdAt") VALUES ('${BENCH_HOUSEHOLD}', 'Bench', '${CREATED}')`);
    for (let i = 0; i < 10; i++) {
      setup.exec(`INSERT INTO "Account" ("id", "householdId", "name", "type", "currency", "createdAt", "updatedAt") VALUES ('${benchAccountId(i)}', '${BENCH_HOUSEHOLD}', 'A${i}', 'checking', 'EUR', '${CREATED}', '${CREATED}')`);
    }
  } finally {
    setup.close();
  }
  return template;
}
