/**
 * npm run bench -- insights-insert [--rows N] [--preload N]
 * What the dashboard's write-side structures cost each insert, isolated from the import code: the same plain
 * INSERTs (100 rows a statement, then one row a statement; one transaction) into "Transaction" of a fresh SQLite
 * database, after `--preload` rows already there, under three schemas:
 *   - before: the two wide covering indexes of migration 20261125203107 (period with payee, balance), no triggers;
 *   - now: the summary triggers and the narrower period index of migration 20261125221240;
 *   - nowWithoutTriggers: the same indexes, triggers dropped (what the triggers alone cost).
 * CPU time of this thread (better-sqlite3 runs inserts on it).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import type { Suite } from "../run";
import { BENCH_HOUSEHOLD, benchAccountId, benchTemplate } from "../template-db";
import { addDays } from "../../lib/dates";
import { prng } from "./generate";

const COLUMNS = ["id", "householdId", "accountId", "date", "amountMinor", "currency", "rawLabel", "label", "payee", "categoryId", "status", "tags", "createdAt", "updatedAt"];
const PAYEES: readonly (readonly [string, string])[] = [["Carrefour", "400110"], ["Lidl", "400110"], ["Le Zinc", "400810"], ["SNCF", "400850"], ["Amazon", "400112"], ["Fnac", "400740"], ["EDF", "401080"], ["Free", "400150"], ["", "0"], ["Acme", "200110"]];
const DROP_TRIGGERS = `SELECT 'DROP TRIGGER "' || name || '"' AS sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Transaction'`;
const INDEXES_BEFORE = [
  `DROP INDEX "Transaction_insights_period_idx"`,
  `CREATE INDEX "Transaction_insights_period_idx" ON "Transaction"("householdId", "date", "accountId", "categoryId", "currency", "amountMinor", "transferId", "status", "deletedAt", "payee")`,
  `CREATE INDEX "Transaction_insights_balance_idx" ON "Transaction"("householdId", "accountId", "deletedAt", "status", "amountMinor")`,
];
// Ids as long as the app's cuids: key width is part of what every index and summary row costs.
const HOUSEHOLD = BENCH_HOUSEHOLD;
const accountId = benchAccountId;

function numberArg(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} expects a positive integer`);
  return value;
}


/** Rows as a statement's flat parameter list: ten accounts, dates in date order from `startDay` (as imports are). */
function rowsFrom(first: number, count: number, perDay: number, random: () => number): (string | number | bigint | null)[] {
  const now = "2026-06-30T12:00:00.000+00:00";
  const values: (string | number | bigint | null)[] = [];
  for (let i = first; i < first + count; i++) {
    const [payee, category] = PAYEES[Math.floor(random() * PAYEES.length)]!;
    values.push(`cmtx${i.toString(36).padStart(21, "0")}`, HOUSEHOLD, accountId(Math.floor(random() * 10)), addDays("2016-07-01", Math.floor(i / perDay)), BigInt(-1 - Math.floor(random() * 20000)),
      "EUR", `CB ${payee} ${i % 97}`, `CB ${payee}`, payee || null, category, random() < 0.02 ? "pending" : "booked", "[]", now, now);
  }
  return values;
}

function insertRows(conn: Database.Database, first: number, count: number, perDay: number, random: () => number, batch = 100): void {
  const one = `(${COLUMNS.map(() => "?").join(", ")})`;
  const statement = conn.prepare(`INSERT INTO "Transaction" (${COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES ${Array(batch).fill(one).join(", ")}`);
  conn.exec("BEGIN");
  for (let start = first; start < first + count; start += batch) statement.run(rowsFrom(start, batch, perDay, random));
  conn.exec("COMMIT");
}

async function measureVariant(template: string, dir: string, name: string, schema: { isDroppingTriggers: boolean; ddl: readonly string[] }, rows: number, preload: number, batch: number) {
  const file = path.join(dir, `${name}.db`);
  fs.copyFileSync(template, file);
  const conn = new Database(file);
  try {
    conn.pragma("journal_mode = WAL");
    const drops = schema.isDroppingTriggers ? (conn.prepare(DROP_TRIGGERS).all() as { sql: string }[]).map((r) => r.sql) : [];
    for (const sql of [...drops, ...schema.ddl]) conn.exec(sql);
    const perDay = 275; // ~1M rows over ten years, as bench/insights/generate.ts
    insertRows(conn, 0, preload, perDay, prng(1));
    const random = prng(2);
    const started = performance.now();
    const cpu = process.cpuUsage();
    insertRows(conn, preload, rows, perDay, random, batch);
    const used = process.cpuUsage(cpu);
    const wallMs = performance.now() - started;
    const cpuMs = (used.user + used.system) / 1000;
    return { cpuMs: Math.round(cpuMs), wallMs: Math.round(wallMs), cpuUsPerRow: Math.round((cpuMs * 1000 / rows) * 10) / 10 };
  } finally {
    conn.close();
    fs.rmSync(file, { force: true });
  }
}

export const insertCostSuite: Suite = async (args) => {
  const rows = numberArg(args, "--rows", 100_000);
  const preload = numberArg(args, "--preload", 200_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tirelire-insert-cost-"));
  try {
    const template = await benchTemplate(dir);
    const schemas = {
      before: { isDroppingTriggers: true, ddl: INDEXES_BEFORE },
      now: { isDroppingTriggers: false, ddl: [] },
      nowWithoutTriggers: { isDroppingTriggers: true, ddl: [] },
    };
    const figures: Record<string, number> = { rows, preload, loadAverage1m: Math.round(os.loadavg()[0]! * 10) / 10 };
    // 100 rows a statement, then one row a statement (as Prisma writes): firing a trigger costs
    // something per statement (~13 µs for a no-op trigger), which single-row writes pay on every row.
    for (const [prefix, batch] of [["", 100], ["singleRow", 1]] as const) {
      for (const [name, schema] of Object.entries(schemas)) {
        const result = await measureVariant(template, dir, name, schema, rows, preload, batch);
        const key = prefix ? `${prefix}${name[0]!.toUpperCase()}${name.slice(1)}` : name;
        figures[`${key}CpuMs`] = result.cpuMs;
        figures[`${key}CpuUsPerRow`] = result.cpuUsPerRow;
      }
    }
    return figures;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
