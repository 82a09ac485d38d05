/**
 * The summaries' definitions as SQL fragments over unaliased "Transaction" columns, shared by rebuildSummaries.
 * The triggers (prisma/migrations/20261125221240_dashboard_summaries, both providers) spell out the same
 * predicates: change one, change them all with a new migration.
 */
import { TRANSFER_CATEGORY_IDS } from "../scope";

/** Derived tables: never backed up, exported or restored as data (the triggers rebuild them from "Transaction"). */
export const SUMMARY_TABLES = ["TransactionDaySum", "TransactionMonthSum"] as const;

export const DAY_KEY_SQL = `"householdId", "accountId", "date", "status"`;

/** Key of "TransactionMonthSum" in column order: a transaction without payee is counted under ''. */
export const MONTH_KEY_SQL = `"householdId", SUBSTR("date", 1, 7), "currency", "categoryId", COALESCE("payee", ''), "amountMinor" > 0, "status"`;

/** Income and expenses only: live, not an internal transfer (as scope.ts NOT_TRANSFER_SQL), not zero. */
export const COUNTS_IN_MONTH_SQL = `"deletedAt" IS NULL AND COALESCE("transferId", '') = '' AND "categoryId" NOT IN (${TRANSFER_CATEGORY_IDS.map((id) => `'${id}'`).join(", ")}) AND "amountMinor" <> 0`;
