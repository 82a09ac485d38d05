/**
 * Checks shared by the CAMT and MT940 readers (both mine; the MT940 reader imports them from here):
 * balance reconciliation (warn, never refuse: real anonymised exports often do not add up) and unique
 * external ids per account (the import treats an equal id as the same transaction, so a repeated
 * reference must not silently swallow a second, real transaction).
 */
import Decimal from "decimal.js";
import type { NormalizedStatement, ParseWarning } from "../../types";

/** Decimal string → integer at `scale` fraction digits (exact; amounts here are canonical decimals). */
function scaled(amount: string, scale: number): bigint {
  const [whole = "0", fraction = ""] = amount.split(".");
  return BigInt(whole + fraction.padEnd(scale, "0"));
}

function fractionDigits(amount: string): number {
  const dot = amount.indexOf(".");
  return dot < 0 ? 0 : amount.length - dot - 1;
}

/** Opening + booked entries in the statement currency must equal the closing balance; warns when not. */
export function warnIfUnbalanced(statement: NormalizedStatement, where: { line?: number; element?: string }, warnings: ParseWarning[]): void {
  const { openingBalance, closingBalance, account } = statement;
  if (!openingBalance || !closingBalance) return;
  const counted = statement.transactions.filter((transaction) => !transaction.pending);
  if (account.currency && counted.some((transaction) => transaction.currency && transaction.currency !== account.currency)) return;
  // BigInt at the widest scale present: exact and much cheaper than decimal.js for 100,000 entries.
  let scale = Math.max(fractionDigits(openingBalance.amount), fractionDigits(closingBalance.amount));
  for (const transaction of counted) scale = Math.max(scale, fractionDigits(transaction.amount));
  let totalScaled = scaled(openingBalance.amount, scale);
  for (const transaction of counted) totalScaled += scaled(transaction.amount, scale);
  if (totalScaled === scaled(closingBalance.amount, scale)) return;
  const total = new Decimal(totalScaled.toString()).dividedBy(10 ** scale);
  const difference = new Decimal(closingBalance.amount).minus(total);
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
