/** The whole-file entry point: every transaction of a CSV export in one NormalizedStatement. */
import type { NormalizedTransaction, ParseOptions, ParseResult } from "../../types";
import { streamCsv } from "./stream";

export function parseCsv(bytes: Uint8Array, options: ParseOptions = {}): ParseResult {
  const transactions: NormalizedTransaction[] = [];
  const result = streamCsv(bytes, options, (batch) => {
    for (const transaction of batch) transactions.push(transaction);
  });
  const currency = result.account.currency ?? transactions.find((t) => t.currency)?.currency ?? null;
  return {
    format: "csv",
    encoding: result.encoding,
    statements: [
      {
        account: { ...result.account, currency },
        openingBalance: result.openingBalance,
        closingBalance: result.closingBalance,
        transactions,
      },
    ],
    warnings: result.warnings,
  };
}
