/** Where a CSV without a currency column still tells its currency: symbols in the amounts, a code in the preamble. */
import { isCurrencyCode } from "../../../money";
import type { NumberedRecord } from "./records";

const SYMBOLS: [string, string][] = [["£", "GBP"], ["€", "EUR"], ["¥", "JPY"], ["₹", "INR"], ["zł", "PLN"], ["Kč", "CZK"], ["CHF", "CHF"]];

/** The currency every symbol-bearing amount agrees on ("£1,183.23"); "$" is left alone (too many dollars). */
export function currencyFromSymbols(values: readonly string[]): string | null {
  let found: string | null = null;
  for (const value of values.slice(0, 500)) {
    for (const [symbol, code] of SYMBOLS) {
      if (!value.includes(symbol)) continue;
      if (found && found !== code) return null;
      found = code;
    }
  }
  return found;
}

/** One ISO code standing alone in a cell of the account-info lines above the data ("K|32000|244081|EUR"). */
export function currencyFromPreamble(records: readonly NumberedRecord[]): string | null {
  const codes = new Set<string>();
  for (const record of records) for (const cell of record.cells) if (cell.length === 3 && isCurrencyCode(cell)) codes.add(cell);
  return codes.size === 1 ? [...codes][0]! : null;
}

/** A code in an amount header: "Bedrag (EUR)", "Withdrawals (SGD)", "Amount EUR", RBC's "CAD$". */
export function currencyFromHeaders(headers: readonly string[] | null, columns: readonly number[]): string | null {
  if (!headers) return null;
  for (const column of columns) {
    const match = /(?:^|[\s([])([A-Z]{3})\s*[$€£¥]?[)\]]?\s*$/.exec(headers[column] ?? "");
    if (match && isCurrencyCode(match[1]!)) return match[1]!;
  }
  return null;
}
