/**
 * Recomputes the dashboard summaries from "Transaction" with one statement per table (after clearing them): for
 * a database whose summaries are in doubt (a restore that bypassed the triggers, a bulk copy), and the same
 * statements the migration that created them ran over existing rows. The triggers keep them exact otherwise.
 */
import type { RawTx } from "../../db/raw";
import { DAY_KEY_SQL, MONTH_KEY_SQL, COUNTS_IN_MONTH_SQL, SUMMARY_TABLES } from "./sql";

/** Every household, or one (`householdId`): the others' rows are left as they are. */
export async function rebuildSummaries(tx: RawTx, householdId?: string): Promise<void> {
  const only = householdId === undefined ? "" : ` AND "householdId" = ?`;
  const params = householdId === undefined ? [] : [householdId];
  for (const table of SUMMARY_TABLES) await tx.run(`DELETE FROM "${table}" WHERE 1 = 1${only}`, params);
  await tx.run(
    `INSERT INTO "TransactionDaySum" ("householdId", "accountId", "date", "status", "sumMinor", "rowCount")
     SELECT ${DAY_KEY_SQL}, SUM("amountMinor"), COUNT(*) FROM "Transaction" WHERE "deletedAt" IS NULL${only} GROUP BY ${DAY_KEY_SQL}`,
    params,
  );
  await tx.run(
    `INSERT INTO "TransactionMonthSum" ("householdId", "month", "currency", "categoryId", "payee", "isIncome", "status", "sumMinor", "rowCount")
     SELECT ${MONTH_KEY_SQL}, SUM("amountMinor"), COUNT(*) FROM "Transaction" WHERE ${COUNTS_IN_MONTH_SQL}${only} GROUP BY ${MONTH_KEY_SQL}`,
    params,
  );
}
