/** Builders for import tests: parse results written by hand, so a test states exactly what the file said. */
import type { NormalizedAccount, NormalizedStatement, NormalizedTransaction, ParseResult } from "../../../lib/aggregators/types";
import type { ImportInput } from "../../../lib/import";

export function tx(date: string, amount: string, label: string, extra: Partial<NormalizedTransaction> = {}): NormalizedTransaction {
  return { externalId: null, date, valueDate: null, amount, currency: null, label, payee: null, memo: null, pending: false, checkNumber: null, ...extra };
}

export function account(extra: Partial<NormalizedAccount> = {}): NormalizedAccount {
  return { externalId: null, iban: null, number: null, bankId: null, name: null, type: "checking", currency: "EUR", ...extra };
}

export function statement(transactions: NormalizedTransaction[], extra: Partial<NormalizedStatement> = {}): NormalizedStatement {
  return { account: account(), openingBalance: null, closingBalance: null, transactions, ...extra };
}

export function parsed(statements: NormalizedStatement[], format: ParseResult["format"] = "csv"): ParseResult {
  return { format, encoding: "utf-8", statements, warnings: [] };
}

/** The input a commitParsed call needs besides the parse result (bytes stand for the file kept as RawPayload). */
export function inputFor(target: ImportInput["target"], extra: Partial<ImportInput> = {}): ImportInput {
  return { fileName: "test.csv", bytes: new TextEncoder().encode("synthetic"), target, ...extra };
}
