/**
 * npm run bench -- raw-insert [--rows N] [--preload N] [--sweep 1,10,50,...]
 * Restore-like bulk inserts through lib/db/raw.ts `insertMany`, the path of restore, export import and sync:
 * every column of "Transaction" (what a backup holds), 1,000 rows a call (lib/backup/load-rows.ts), one
 * transaction, into a migrated SQLite database whose summary triggers are in place, after `--preload` rows.
 * Figures: wall and CPU rows/s of the default `insertMany`; with `--sweep`, the same for each rows-per-statement
 * given (how the default was picked). CPU is this thread's (better-sqlite3 runs statements on it).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import type { Suite } from "../run";
import { BENCH_HOUSEHOLD, benchAccountId, benchTemplate } from "../template-db";
import { openRaw, type RawDb, type SqlValue } from "../../lib/db/raw";
import { addDays } from "../../lib/dates";
import { mulberry32 } from "../../lib/random";

const HOUSEHOLD = BENCH_HOUSEHOLD;
const accountId = benchAccountId;
const CALL_ROWS = 1_000;
const PAYEES: readonly (readonly [string, string])[] = [["Carrefour", "400110"], ["Lidl", "400110"], ["Le Zinc", "400810"], ["SNCF", "400850"], ["Amazon", "400112"], ["Fnac", "400740"], ["EDF", "401080"], ["Free", "400150"], ["", "0"], ["Acme", "200110"]];

function numberArg(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} expects a non-negative integer`);
  return value;
}

function sweepArg(args: string[]): number[] {
  const i = args.indexOf("--sweep");
  if (i < 0) return [];
  const sizes = (args[i + 1] ?? "").split(",").map(Number);
  if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error("--sweep expects a comma-separated list of positive integers");
  return sizes;
}

/** Rows as a restore reads them from a SQLite snapshot: strings, bigints, numbers and nulls, in the table's column order. */
function restoreRows(columns: readonly string[], first: number, count: number, random: () => number): SqlValue[][] {
  const perDay = 275; // ~1M rows over ten years, as bench/insights
  const stamp = "2026-06-30T12:00:00.000+00:00";
  const rows: SqlValue[][] = [];
  for (let i = first; i < first + count; i++) {
    const [payee, category] = PAYEES[Math.floor(random() * PAYEES.length)]!;
    const date = addDays("2016-07-01", Math.floor(i / perDay));
    const values: Record<string, SqlValue> = {
      id: `cmtx${i.toString(36).padStart(21, "0")}`, householdId: HOUSEHOLD, accountId: accountId(Math.floor(random() * 10)), date, valueDate: date,
      amountMinor: BigInt(-1 - Math.floor(random() * 20000)), currency: "EUR", rawLabel: `CB ${payee} ${i % 97}`, label: `CB ${payee}`, payee: payee || null,
      categoryId: category, categorySource: "rule", categoryConfidence: 0.9, externalId: `ext-${i}`, status: random() < 0.02 ? "pending" : "booked",
      tags: "[]", createdAt: stamp, updatedAt: stamp,
    };
    rows.push(columns.map((c) => values[c] ?? null));
  }
  return rows;
}

async function insertAll(db: RawDb, columns: readonly string[], rows: readonly SqlValue[][]): Promise<void> {
  await db.transaction(async (tx) => {
    for (let start = 0; start < rows.length; start += CALL_ROWS) await tx.insertMany("Transaction", columns, rows.slice(start, start + CALL_ROWS));
  });
}

async function measure(template: string, dir: string, rows: number, preload: number, rowsPerStatement?: number) {
  const file = path.join(dir, `run-${rowsPerStatement ?? "default"}.db`);
  fs.copyFileSync(template, file);
  const db = openRaw(`file:${file}`, rowsPerStatement ? { maxRowsPerStatement: rowsPerStatement } : {});
  try {
    const [columns, random] = [(await db.all<{ name: string }>(`SELECT name FROM pragma_table_info('Transaction')`)).map((c) => c.name), mulberry32(7)];
    for (let start = 0; start < preload; start += 50_000) await insertAll(db, columns, restoreRows(columns, start, Math.min(50_000, preload - start), random));
    const batch = restoreRows(columns, preload, rows, random);
    const started = performance.now();
    const cpu = process.cpuUsage();
    await insertAll(db, columns, batch);
    const used = process.cpuUsage(cpu);
    const seconds = (performance.now() - started) / 1000;
    const cpuSeconds = (used.user + used.system) / 1e6;
    return { rowsPerSec: Math.round(rows / seconds), cpuRowsPerSec: Math.round(rows / cpuSeconds), cpuUsPerRow: Math.round((cpuSeconds * 1e6 / rows) * 10) / 10 };
  } finally {
    await db.close();
    fs.rmSync(file, { force: true });
  }
}

export const rawInsertSuite: Suite = async (args) => {
  const rows = numberArg(args, "--rows", 100_000);
  const preload = numberArg(args, "--preload", 100_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tirelire-raw-insert-"));
  try {
    const template = await benchTemplate(dir);
    const setup = new Database(template);
    const triggers = (setup.prepare(`SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Transaction'`).get() as { n: number }).n;
    setup.close();
    const figures: Record<string, number> = { rows, preload, triggers, loadAverage1m: Math.round(os.loadavg()[0]! * 10) / 10 };
    const result = await measure(template, dir, rows, preload);
    Object.assign(figures, result);
    for (const size of sweepArg(args)) {
      const sized = await measure(template, dir, rows, preload, size);
      figures[`rowsPerSec@${size}`] = sized.rowsPerSec;
      figures[`cpuRowsPerSec@${size}`] = sized.cpuRowsPerSec;
    }
    return figures;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
