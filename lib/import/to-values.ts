/** One row to write → the Transaction column values, categorized on the way (in memory, no per-row query). */
import type { Categorizer } from "../categorizer";
import type { RowToWrite } from "./decide";
import type { TransactionValues } from "./write";

/** JSON.stringify([]): most rows carry no tag, so no per-row serialization. */
const NO_TAGS = "[]";

export interface RowContext {
  id: string;
  householdId: string;
  accountId: string;
  batchId: string;
  now: string;
}

export function toTransactionValues({ row, externalId }: RowToWrite, context: RowContext, categorizer: Categorizer): TransactionValues {
  const category = categorizer.categorize({
    rawLabel: row.rawLabel, amountMinor: row.amountMinor, currency: row.currency, date: row.date, accountId: context.accountId, bankCategory: row.bankCategory,
  });
  // Same order as TRANSACTION_COLUMNS.
  return [
    context.id, context.householdId, context.accountId, row.date, row.valueDate, row.amountMinor, row.currency, row.originalAmountMinor, row.originalCurrency,
    row.rawLabel, category.label || row.rawLabel, category.payee ?? row.payee, row.memo, row.checkNumber, category.categoryId, category.categorySource,
    category.categoryConfidence, category.categoryRuleId, row.bankCategory, externalId, row.isPending ? "pending" : "booked", context.batchId,
    category.tags.length ? JSON.stringify(category.tags) : NO_TAGS, context.now, context.now,
  ];
}
