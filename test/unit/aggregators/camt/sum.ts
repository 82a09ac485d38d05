/** Exact sums of decimal strings for fixture facts (never floats). */
import Decimal from "decimal.js";
import type { NormalizedTransaction } from "../../../../lib/aggregators/types";

export function sumAmounts(transactions: readonly Pick<NormalizedTransaction, "amount">[]): string {
  return transactions.reduce((total, transaction) => total.plus(transaction.amount), new Decimal(0)).toFixed(2);
}
