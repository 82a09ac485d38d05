/**
 * The dashboard summaries (lib/insights/summary) during a file import on SQLite. Their per-row AFTER INSERT
 * trigger(s) doubled the cost of inserting a row (bench/BENCHMARKS.md, import); an import instead suspends them
 * inside its transaction, sums its rows per summary key as it builds them (SummaryDeltas), upserts those sums at
 * the end, then restores the triggers from their own stored SQL.
 * DDL is transactional in SQLite: a failure or a crash before COMMIT brings the triggers back with everything
 * else, and no other connection can write (or see the suspended triggers) while the import holds the write lock.
 * PostgreSQL's triggers already run once per statement: nothing to do there.
 */
import type { RawTx, SqlValue } from "../db/raw";
import { SUMMARY_TABLES } from "../insights/summary/sql";
import { TRANSFER_CATEGORY_IDS } from "../insights/scope";
import { TRANSACTION_COLUMNS } from "./write";

export interface SuspendedTriggers {
  definitions: { name: string; sql: string }[];
}

// An upsert's "DO UPDATE SET" writes the table of its INSERT, not a table named SET.
const TARGET = /\b(?:(?:INSERT|REPLACE)(?:\s+OR\s+\w+)?\s+INTO|(?<!\bDO\s+)UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+"?(\w+)"?/gi;
const ON_INSERT = /\bINSERT\s+ON\s+"?Transaction"?\s/i;
const headerOf = (sql: string) => sql.slice(0, Math.max(0, sql.search(/\bBEGIN\b/i)));

/** The tables a trigger's body writes. */
function targetsOf(sql: string): Set<string> {
  const body = sql.slice(sql.search(/\bBEGIN\b/i));
  return new Set([...body.matchAll(TARGET)].map((m) => m[1]!));
}

/**
 * The insert triggers of "Transaction" that only maintain the summaries, found by what they write (not by name,
 * so a migration may rename, merge or split them): all of them, covering every summary table, or none.
 */
export function summaryInsertTriggers(triggers: readonly { name: string; sql: string }[]): { name: string; sql: string }[] {
  const summaryTables: readonly string[] = SUMMARY_TABLES;
  const onInsert = triggers.filter((t) => ON_INSERT.test(headerOf(t.sql)));
  const writesSummary = onInsert.filter((t) => [...targetsOf(t.sql)].some((table) => summaryTables.includes(table)));
  const isOnlySummary = writesSummary.every((t) => [...targetsOf(t.sql)].every((table) => summaryTables.includes(table)));
  const covered = new Set(writesSummary.flatMap((t) => [...targetsOf(t.sql)]));
  return isOnlySummary && summaryTables.every((table) => covered.has(table)) ? writesSummary : [];
}

/** Drops the insert triggers inside tx; null when there is nothing to suspend (PostgreSQL, or a schema without them). */
export async function suspendSummaryTriggers(tx: RawTx): Promise<SuspendedTriggers | null> {
  if (tx.provider !== "sqlite") return null;
  const triggers = await tx.all<{ name: string; sql: string }>(`SELECT "name", "sql" FROM sqlite_master WHERE "type" = 'trigger' AND "tbl_name" = 'Transaction'`);
  const definitions = summaryInsertTriggers(triggers);
  if (!definitions.length) return null;
  for (const { name } of definitions) await tx.run(`DROP TRIGGER "${name.replace(/"/g, '""')}"`);
  return { definitions };
}

const column = (name: (typeof TRANSACTION_COLUMNS)[number]) => TRANSACTION_COLUMNS.indexOf(name);
const AT = {
  householdId: column("householdId"), accountId: column("accountId"), date: column("date"), amountMinor: column("amountMinor"),
  currency: column("currency"), payee: column("payee"), categoryId: column("categoryId"), status: column("status"),
};
const TRANSFER_CATEGORIES: ReadonlySet<string> = new Set(TRANSFER_CATEGORY_IDS);
const SEP = "\u0001";

interface Delta {
  key: SqlValue[];
  sumMinor: bigint;
  rowCount: number;
}

/**
 * What the suspended triggers would have added, summed on the main thread as the rows are built (so the writer
 * thread, the import's bound, only upserts a few thousand groups at the end). The predicates are the triggers'
 * and sql.ts's: every row of an import is live and has no transfer; the month sums leave out transfer categories
 * and zero amounts (test/db/import/summaries.test.ts compares with a plain GROUP BY).
 */
export class SummaryDeltas {
  readonly day = new Map<string, Delta>();
  readonly month = new Map<string, Delta>();

  get size(): number {
    return this.day.size + this.month.size;
  }

  add(row: readonly SqlValue[]): void {
    const amountMinor = row[AT.amountMinor] as bigint;
    const date = row[AT.date] as string;
    const status = row[AT.status] as string;
    const householdId = row[AT.householdId] as string;
    const accountId = row[AT.accountId] as string;
    // An account id is unique across households: the day key needs no household. Keys stay short (they are
    // hashed twice a row), and the key fields are only gathered for a group's first row.
    const dayKey = accountId + SEP + date + SEP + status;
    const day = this.day.get(dayKey);
    if (day) {
      day.sumMinor += amountMinor;
      day.rowCount++;
    } else this.day.set(dayKey, { key: [householdId, accountId, date, status], sumMinor: amountMinor, rowCount: 1 });
    const categoryId = row[AT.categoryId] as string;
    if (amountMinor === 0n || TRANSFER_CATEGORIES.has(categoryId)) return;
    const month = date.slice(0, 7);
    const currency = row[AT.currency] as string;
    const payee = (row[AT.payee] as string | null) ?? "";
    const isIncome = amountMinor > 0n;
    const monthKey = householdId + SEP + month + SEP + currency + SEP + categoryId + SEP + (isIncome ? "1" : "0") + status + SEP + payee;
    const monthDelta = this.month.get(monthKey);
    if (monthDelta) {
      monthDelta.sumMinor += amountMinor;
      monthDelta.rowCount++;
    } else this.month.set(monthKey, { key: [householdId, month, currency, categoryId, payee, isIncome ? 1 : 0, status], sumMinor: amountMinor, rowCount: 1 });
  }
}

const UPSERT_ROWS = 200;

async function upsert(tx: RawTx, table: string, keyColumns: readonly string[], deltas: Map<string, Delta>) {
  const columns = [...keyColumns, "sumMinor", "rowCount"].map((c) => `"${c}"`).join(", ");
  const tuple = `(${[...keyColumns, 0, 0].map(() => "?").join(", ")})`;
  const all = [...deltas.values()];
  for (let start = 0; start < all.length; start += UPSERT_ROWS) {
    const chunk = all.slice(start, start + UPSERT_ROWS);
    await tx.run(
      `INSERT INTO "${table}" (${columns}) VALUES ${chunk.map(() => tuple).join(", ")}
       ON CONFLICT (${keyColumns.map((c) => `"${c}"`).join(", ")})
       DO UPDATE SET "sumMinor" = "sumMinor" + excluded."sumMinor", "rowCount" = "rowCount" + excluded."rowCount"`,
      chunk.flatMap((d) => [...d.key, d.sumMinor, d.rowCount]),
    );
  }
}

/**
 * Adds the batch's rows to the summaries as the triggers would have, one row at a time, and restores the
 * triggers. Call after the batch's last insert and before anything updates its rows.
 */
export async function resumeSummaryTriggers(tx: RawTx, suspended: SuspendedTriggers | null, deltas: SummaryDeltas): Promise<void> {
  if (!suspended) return;
  // The rows are in: the import's wide page cache is no longer needed (its memory goes back before the end).
  await tx.run("PRAGMA cache_size = -8192");
  await flushSummaryDeltas(tx, deltas);
  for (const { sql } of suspended.definitions) await tx.run(sql);
}

/** Beyond this many groups the sums so far are written and the maps emptied: a 1M-row file keeps its memory bounded. */
export const MAX_PENDING_GROUPS = 20_000;

/** Writes the sums gathered so far (for rows already sent to tx) and starts again from zero. */
export async function flushSummaryDeltas(tx: RawTx, deltas: SummaryDeltas): Promise<void> {
  await upsert(tx, "TransactionDaySum", ["householdId", "accountId", "date", "status"], deltas.day);
  await upsert(tx, "TransactionMonthSum", ["householdId", "month", "currency", "categoryId", "payee", "isIncome", "status"], deltas.month);
  deltas.day.clear();
  deltas.month.clear();
}
