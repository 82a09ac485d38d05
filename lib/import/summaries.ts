/**
 * The dashboard summaries (lib/insights/summary) during a file import on SQLite. Their per-row AFTER INSERT
 * triggers doubled the cost of inserting a row (bench/BENCHMARKS.md, import); an import instead suspends those
 * two triggers inside its transaction and adds its rows to the summaries with one grouped statement per table,
 * built from the same SQL fragments as rebuildSummaries, then restores the triggers from their own stored SQL.
 * DDL is transactional in SQLite: a failure or a crash before COMMIT brings the triggers back with everything
 * else, and no other connection can write (or see the suspended triggers) while the import holds the write lock.
 * PostgreSQL's triggers already run once per statement: nothing to do there.
 */
import type { RawTx } from "../db/raw";
import { COUNTS_IN_MONTH_SQL, DAY_KEY_SQL, MONTH_KEY_SQL } from "../insights/summary/sql";

/** The per-row insert triggers this file replaces; the update and delete ones stay active throughout. */
export const BULK_REPLACED_TRIGGERS = ["Transaction_day_sum_insert", "Transaction_month_sum_insert"] as const;

export interface SuspendedTriggers {
  definitions: { name: string; sql: string }[];
}

/** Drops the insert triggers inside tx; null when there is nothing to suspend (PostgreSQL, or a schema without them). */
export async function suspendSummaryTriggers(tx: RawTx): Promise<SuspendedTriggers | null> {
  if (tx.provider !== "sqlite") return null;
  const definitions = await tx.all<{ name: string; sql: string }>(
    `SELECT "name", "sql" FROM sqlite_master WHERE "type" = 'trigger' AND "tbl_name" = 'Transaction' AND "name" IN (${BULK_REPLACED_TRIGGERS.map(() => "?").join(", ")})`,
    BULK_REPLACED_TRIGGERS,
  );
  // Both or neither: the grouped statements below stand for both triggers.
  if (definitions.length !== BULK_REPLACED_TRIGGERS.length) return null;
  for (const { name } of definitions) await tx.run(`DROP TRIGGER "${name.replace(/"/g, '""')}"`);
  return { definitions };
}

/**
 * Adds the batch's rows to the summaries as the triggers would have, one row at a time, and restores the
 * triggers. Call after the batch's last insert and before anything updates its rows.
 */
export async function resumeSummaryTriggers(tx: RawTx, suspended: SuspendedTriggers | null, batchId: string): Promise<void> {
  if (!suspended) return;
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
