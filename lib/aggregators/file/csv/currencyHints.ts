/** Where a CSV without a currency column still tells its currency: symbols in the amounts, a code in the preamble. */
import { isCurrencyCode } from "../../../money";
import type { NumberedRecord } from "./records";

const SYMBOLS: [string, string][] = [["£", "GBP"], ["€", "EUR"], ["¥", "JPY"], ["₹", "INR"], ["zł", "PLN"], ["Kč", "CZK"], ["CHF", "CHF"]];

const EDGE_CODE = /^([A-Z]{3})\s*[-+\d(]|[\d)]\s*-?\s*([A-Z]{3})$/;

/** The currency every symbol- or code-bearing amount agrees on ("£1,183.23", "-23,45 EUR"); "$" is left alone (too many dollars). */
export function currencyFromSymbols(values: readonly string[]): string | null {
  let found: string | null = null;
  for (const value of values.slice(0, 500)) {
    const edge = EDGE_CODE.exec(value.trim());
    const code = edge ? (edge[1] ?? edge[2])! : null;
    const codes = SYMBOLS.filter(([symbol]) => value.includes(symbol)).map(([, symbolCode]) => symbolCode);
    if (code && isCurrencyCode(code)) codes.push(code);
    for (const each of codes) {
      if (found && found !== each) return null;
      found = each;
    }
  }
  return found;
}

// "Devise : EUR" (Caisse d'Epargne), "Währung:;CHF" is two cells and caught as a lone code.
const LABELLED_CODE = /\b(?:devise|currency|w(?:ä|ae|a)hrung|moneda|divisa|valuta|munt)\s*:?\s*([A-Z]{3})\b/i;
const CURRENCY_WORDS: Record<string, string> = { euro: "EUR", euros: "EUR", "(euros)": "EUR", "(eur)": "EUR" };

/**
 * The currency of the account-info lines above the data: one ISO code standing alone in a cell ("K|32000|244081|EUR"),
 * or labelled ("Devise : EUR"), or a word ("Compte tenu en;euros"); failing those, the one symbol their amounts use.
 */
export function currencyFromPreamble(records: readonly NumberedRecord[]): string | null {
  const codes = new Set<string>();
  const cells = records.flatMap((record) => record.cells);
  for (const cell of cells) {
    const code = cell.length === 3 && isCurrencyCode(cell) ? cell : (LABELLED_CODE.exec(cell)?.[1]?.toUpperCase() ?? CURRENCY_WORDS[cell.trim().toLowerCase()]);
    if (code && isCurrencyCode(code)) codes.add(code);
  }
  if (codes.size === 1) return [...codes][0]!;
  return codes.size === 0 ? currencyFromSymbols(cells.filter((cell) => /\d/.test(cell))) : null;
}

/** A code in an amount header: "Bedrag (EUR)", "Withdrawals (SGD)", "Amount EUR", RBC's "CAD$", "Débit euros", "Betrag (€)". */
export function currencyFromHeaders(headers: readonly string[] | null, columns: readonly number[]): string | null {
  if (!headers) return null;
  for (const column of columns) {
    const header = headers[column] ?? "";
    const match = /(?:^|[\s([])([A-Z]{3})\s*[$€£¥]?[)\]]?\s*$/.exec(header);
    if (match && isCurrencyCode(match[1]!)) return match[1]!;
    const word = /(?:^|[\s([])(euros?|€|£)[)\]]?\s*$/i.exec(header)?.[1]?.toLowerCase();
    if (word) return word === "£" ? "GBP" : "EUR";
  }
  return null;
}
