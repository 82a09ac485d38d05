/** The whole-file entry point: every transaction of a CSV export in one NormalizedStatement. */
import type { NormalizedBalance, NormalizedTransaction, ParseOptions, ParseResult } from "../../types";
import { padToExponent } from "./decimal";
import { streamCsv } from "./stream";

export function parseCsv(bytes: Uint8Array, options: ParseOptions = {}): ParseResult {
  const transactions: NormalizedTransaction[] = [];
  const result = streamCsv(bytes, options, (batch) => {
    for (const transaction of batch) transactions.push(transaction);
  });
  const currency = result.account.currency ?? transactions.find((t) => t.currency)?.currency ?? null;
  const scale = currency ? 0 : scaleOf(transactions);
  const pad = (balance: NormalizedBalance | null) => (balance && scale ? { ...balance, amount: padToExponent(balance.amount, scale) } : balance);
  if (scale) for (const transaction of transactions) if (!transaction.currency) transaction.amount = padToExponent(transaction.amount, scale);
  return {
    format: "csv",
    encoding: result.encoding,
    statements: [
      {
        account: { ...result.account, currency },
        openingBalance: pad(result.openingBalance),
        closingBalance: pad(result.closingBalance),
        transactions,
      },
    ],
    warnings: result.warnings,
  };
}

/**
 * Without a currency the exponent is unknown, but the file's own amounts show it: "2500,0" next to "-23,45" is
 * 2500.00, as the bank meant (one-decimal cells are trimmed zeros). At least 2 places like the OFX and QIF readers
 * (most currencies have 2), at most 4 (rates are not amounts).
 */
function scaleOf(transactions: readonly NormalizedTransaction[]): number {
  let scale = 0;
  for (const { amount, currency } of transactions) {
    if (currency) continue;
    const dot = amount.indexOf(".");
    if (dot >= 0) scale = Math.max(scale, amount.length - dot - 1);
  }
  return Math.min(Math.max(scale, 2), 4);
}
