/**
 * Account-info lines above the header: the account's IBAN (the import matches accounts by it) and the balance
 * they state ("Saldo;3.711,11;EUR", "Kontostand vom 24.11.2026:;3.711,11 €", "Neuer Kontostand;…").
 */
import type { DecimalSeparator } from "../../../money";
import type { DateOrder } from "./dates";
import { findIban } from "./iban";
import { sampleOf } from "./layout";
import { readLooseBalance, type LooseBalance } from "./looseBalance";
import { readRecords, type Dialect } from "./records";
import type { CsvText } from "./text";

export interface Preamble {
  iban: string | null;
  balances: LooseBalance[];
}

export function readPreamble(csv: CsvText, dialect: Dialect, beforeLine: number, separator: DecimalSeparator, order: DateOrder): Preamble {
  const preamble: Preamble = { iban: null, balances: [] };
  if (beforeLine <= 1) return preamble;
  for (const record of readRecords(sampleOf(csv.text), dialect, 60)) {
    if (record.line >= beforeLine) break;
    preamble.iban ??= findIban(record.cells.join(" "));
    const balance = readLooseBalance(record.cells, separator, order);
    if (balance) preamble.balances.push(balance);
  }
  return preamble;
}
