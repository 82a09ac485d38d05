/**
 * The demo household's bank history as one ParseResult, exactly what a file adapter would hand the import
 * pipeline: four statements, two years of rows up to `today`, each row with a stable bank id so importing again
 * finds every row already known. Pure.
 */
import { fromMinor } from "../money";
import type { NormalizedStatement, NormalizedTransaction, ParseResult } from "../aggregators/types";
import { DEMO_ACCOUNTS } from "./accounts";
import { demoMonths, dayOf, type Month } from "./months";
import { cardMonth } from "./ledger/card";
import { checkingMonth } from "./ledger/checking";
import { savingsMonth } from "./ledger/savings";
import { ukMonth } from "./ledger/uk";
import type { DemoAccountKey, DemoRow } from "./types";

function rowsOf(key: DemoAccountKey, seed: string, m: Month, index: number): DemoRow[] {
  switch (key) {
    case "checking": return checkingMonth(seed, m);
    case "savings": return savingsMonth(m, index);
    case "card": return cardMonth(seed, m);
    case "uk": return ukMonth(seed, m);
  }
}

function toTransaction(key: DemoAccountKey, row: DemoRow, currency: string): NormalizedTransaction {
  return {
    externalId: `demo-${key}-${row.date}-${row.key}`, date: row.date, valueDate: null, amount: fromMinor(BigInt(row.amountMinor), currency),
    currency, label: row.label, payee: null, memo: null, pending: false, checkNumber: null,
  };
}

export function demoStatements(seed: string, today: string): ParseResult {
  const months = demoMonths(today);
  const first = months[0];
  const start = first ? dayOf(first, 1) : today;
  const statements: NormalizedStatement[] = DEMO_ACCOUNTS.map(({ key, account, openingMinor }) => {
    const currency = account.currency ?? "EUR";
    const rows = months.flatMap((m, index) => rowsOf(key, seed, m, index)).filter((row) => row.date >= start && row.date <= today);
    rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return {
      account,
      openingBalance: { amount: fromMinor(BigInt(openingMinor), currency), date: start },
      closingBalance: null,
      transactions: rows.map((row) => toTransaction(key, row, currency)),
    };
  });
  return { format: "ofx", encoding: "utf-8", statements, warnings: [] };
}
