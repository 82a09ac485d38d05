/**
 * From a parse result to the rows the pipeline works on: statements grouped by the account they describe
 * (a CAMT file may hold several days of one account, an OFX file a bank and a card account), amounts in minor
 * units. Pure.
 */
import { AppError } from "../errors";
import { normalizeCurrency, toMinor } from "../money";
import type { NormalizedAccount, NormalizedBalance, ParseResult } from "../aggregators/types";

export interface IncomingRow {
  rowKey: string;
  date: string;
  valueDate: string | null;
  amountMinor: bigint;
  currency: string;
  originalAmountMinor: bigint | null;
  originalCurrency: string | null;
  rawLabel: string;
  payee: string | null;
  memo: string | null;
  checkNumber: string | null;
  bankCategory: string | null;
  isPending: boolean;
  /** The id the source gave (FITID, bank reference), or null. */
  sourceId: string | null;
}

export interface StatementGroup {
  key: string;
  account: NormalizedAccount;
  /** Earliest opening and latest closing balance over the group's statements. */
  openingBalance: NormalizedBalance | null;
  closingBalance: NormalizedBalance | null;
  statementIndexes: number[];
}

export const normalizeIban = (iban: string) => iban.replace(/[\s-]+/g, "").toUpperCase();
export const normalizeNumber = (number: string) => number.replace(/[\s-]+/g, "").toUpperCase();

/** How a statement names its account, strongest identity first; null when it does not say. */
export function accountIdentityKey(account: NormalizedAccount): string | null {
  if (account.iban?.trim()) return `iban:${normalizeIban(account.iban)}`;
  if (account.externalId?.trim()) return `id:${account.externalId.trim()}`;
  if (account.number?.trim()) return `number:${normalizeNumber(account.number)}`;
  if (account.name?.trim()) return `name:${account.name.trim().toLowerCase()}`;
  return null;
}

function isLater(a: NormalizedBalance, b: NormalizedBalance): boolean {
  return (a.date ?? "") > (b.date ?? "");
}

export function groupStatements(result: ParseResult): StatementGroup[] {
  const groups = new Map<string, StatementGroup>();
  result.statements.forEach((statement, index) => {
    // Statements that do not name their account are assumed to be one account (a CSV, a QIF section).
    const key = accountIdentityKey(statement.account) ?? "unnamed";
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { key, account: statement.account, openingBalance: statement.openingBalance, closingBalance: statement.closingBalance, statementIndexes: [index] });
      return;
    }
    group.statementIndexes.push(index);
    const { openingBalance, closingBalance } = statement;
    if (openingBalance && (!group.openingBalance || isLater(group.openingBalance, openingBalance))) group.openingBalance = openingBalance;
    if (closingBalance && (!group.closingBalance || isLater(closingBalance, group.closingBalance))) group.closingBalance = closingBalance;
  });
  return [...groups.values()];
}

/** The error names the row; its words are built only when there is something to say (not once per row). */
function minorOrThrow(amount: string, currency: string, statementIndex: number, index: number, tx: { date: string; label: string }): bigint {
  try {
    return toMinor(amount, currency);
  } catch (error) {
    const where = `Statement ${statementIndex + 1}, transaction ${index + 1} (${tx.date} ${tx.label})`;
    throw new AppError("PARSE_ERROR", `${where}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** The rows of one group, in file order. `currency` is the account's, used when a row does not say. */
export function rowsOfGroup(result: ParseResult, group: StatementGroup, currency: string, rowOffset = 0): IncomingRow[] {
  const rows: IncomingRow[] = [];
  for (const statementIndex of group.statementIndexes) {
    const statement = result.statements[statementIndex]!;
    statement.transactions.forEach((tx, index) => {
      const rowCurrency = normalizeCurrency(tx.currency) ?? currency;
      const originalCurrency = normalizeCurrency(tx.originalCurrency ?? null);
      rows.push({
        rowKey: `${statementIndex}:${rowOffset + index}`,
        date: tx.date,
        valueDate: tx.valueDate,
        amountMinor: minorOrThrow(tx.amount, rowCurrency, statementIndex, index, tx),
        currency: rowCurrency,
        originalAmountMinor: tx.originalAmount && originalCurrency ? minorOrThrow(tx.originalAmount, originalCurrency, statementIndex, index, tx) : null,
        originalCurrency: tx.originalAmount && originalCurrency ? originalCurrency : null,
        rawLabel: tx.label,
        payee: tx.payee,
        memo: tx.memo,
        checkNumber: tx.checkNumber,
        bankCategory: tx.bankCategory ?? null,
        isPending: tx.pending,
        sourceId: tx.externalId?.trim() ? tx.externalId.trim() : null,
      });
    });
  }
  return rows;
}

/** The currency a group's rows default to: the statement's, else its first row's, else the fallback. */
export function groupCurrency(result: ParseResult, group: StatementGroup, fallback: string): string {
  const own = normalizeCurrency(group.account.currency);
  if (own) return own;
  for (const index of group.statementIndexes) {
    for (const tx of result.statements[index]!.transactions) {
      const code = normalizeCurrency(tx.currency);
      if (code) return code;
    }
  }
  return fallback;
}
