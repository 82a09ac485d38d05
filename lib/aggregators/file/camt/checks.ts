/**
 * Checks shared by the CAMT and MT940 readers (both mine; the MT940 reader imports them from here):
 * balance reconciliation (warn, never refuse: real anonymised exports often do not add up) and unique
 * external ids per account (the import treats an equal id as the same transaction, so a repeated
 * reference must not silently swallow a second, real transaction).
 */
import Decimal from "decimal.js";
import type { NormalizedStatement, ParseWarning } from "../../types";

/** Opening + booked entries in the statement currency must equal the closing balance; warns when not. */
export function warnIfUnbalanced(statement: NormalizedStatement, where: { line?: number; element?: string }, warnings: ParseWarning[]): void {
  const { openingBalance, closingBalance, account } = statement;
  if (!openingBalance || !closingBalance) return;
  let total = new Decimal(openingBalance.amount);
  for (const transaction of statement.transactions) {
    if (transaction.pending) continue;
    if (account.currency && transaction.currency && transaction.currency !== account.currency) return;
    total = total.plus(transaction.amount);
  }
  const closing = new Decimal(closingBalance.amount);
  if (total.equals(closing)) return;
  const difference = closing.minus(total);
  warnings.push({
    ...where,
    message: `Balances do not reconcile: opening ${openingBalance.amount} + entries = ${total.toFixed()}, but the closing balance is ${closingBalance.amount} (difference ${difference.toFixed()})`,
  });
}

/** Makes external ids unique per account across the file: the 2nd "REF" becomes "REF#2", and so on. */
export function ensureUniqueExternalIds(statements: NormalizedStatement[]): void {
  const seenByAccount = new Map<string, Map<string, number>>();
  for (const statement of statements) {
    const key = statement.account.externalId ?? statement.account.iban ?? statement.account.number ?? "";
    let seen = seenByAccount.get(key);
    if (!seen) seenByAccount.set(key, (seen = new Map()));
    for (const transaction of statement.transactions) {
      if (transaction.externalId === null) continue;
      const count = (seen.get(transaction.externalId) ?? 0) + 1;
      seen.set(transaction.externalId, count);
      if (count > 1) transaction.externalId = `${transaction.externalId}#${count}`;
    }
  }
}
