/**
 * The dashboard summaries (lib/insights/summary) during a file import on SQLite. Their per-row AFTER INSERT
 * trigger(s) doubled the cost of inserting a row (bench/BENCHMARKS.md, import); an import instead suspends them
 * inside its transaction and adds its rows to the summaries with one grouped statement per table,
 * built from the same SQL fragments as rebuildSummaries, then restores the triggers from their own stored SQL.
 * DDL is transactional in SQLite: a failure or a crash before COMMIT brings the triggers back with everything
 * else, and no other connection can write (or see the suspended triggers) while the import holds the write lock.
 * PostgreSQL's triggers already run once per statement: nothing to do there.
 */
import type { RawTx } from "../db/raw";
import { COUNTS_IN_MONTH_SQL, DAY_KEY_SQL, MONTH_KEY_SQL, SUMMARY_TABLES } from "../insights/summary/sql";

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

/**
 * Adds the batch's rows to the summaries as the triggers would have, one row at a time, and restores the
 * triggers. Call after the batch's last insert and before anything updates its rows.
 */
export async function resumeSummaryTriggers(tx: RawTx, suspended: SuspendedTriggers | null, batchId: string): Promise<void> {
  if (!suspended) return;
  // The rows are in: the import's wide page cache is no longer needed, and its size also bounds the memory of
  // the GROUP BY sorts below (a 1,000,000-row batch otherwise adds ~40 MB at the very end of the import).
  await tx.run("PRAGMA cache_size = -8192");
  await tx.run(
    `INSERT INTO "TransactionDaySum" ("householdId", "accountId", "date", "status", "sumMinor", "rowCount")
     SELECT ${DAY_KEY_SQL}, SUM("amountMinor"), COUNT(*) FROM "Transaction" WHERE "importBatchId" = ? AND "deletedAt" IS NULL GROUP BY ${DAY_KEY_SQL}
     ON CONFLICT ("householdId", "accountId", "date", "status")
     DO UPDATE SET "sumMinor" = "sumMinor" + excluded."sumMinor", "rowCount" = "rowCount" + excluded."rowCount"`,
    [batchId],
  );
  await tx.run(
    `INSERT INTO "TransactionMonthSum" ("householdId", "month", "currency", "categoryId", "payee", "isIncome", "status", "sumMinor", "rowCount")
     SELECT ${MONTH_KEY_SQL}, SUM("amountMinor"), COUNT(*) FROM "Transaction" WHERE "importBatchId" = ? AND ${COUNTS_IN_MONTH_SQL} GROUP BY ${MONTH_KEY_SQL}
     ON CONFLICT ("householdId", "month", "currency", "categoryId", "payee", "isIncome", "status")
     DO UPDATE SET "sumMinor" = "sumMinor" + excluded."sumMinor", "rowCount" = "rowCount" + excluded."rowCount"`,
    [batchId],
  );
  for (const { sql } of suspended.definitions) await tx.run(sql);
}
