/**
 * Bank (<STMTRS>) and credit-card (<CCSTMTRS>) statements → NormalizedStatement, one per response aggregate,
 * so a file with a checking account and a card gives two statements.
 */
import { normalizeCurrency } from "../../../money";
import type { AccountType, NormalizedAccount, NormalizedBalance, NormalizedStatement, NormalizedTransaction, ParseWarning } from "../../types";
import { child, childrenNamed, childText, type OfxNode } from "./tree";
import { mapTransaction, type MappedTransaction, type TransactionContext } from "./transaction";
import { ibanOf, mapAccountType, parseOfxAmount, parseOfxDay, scaleAmount } from "./values";

export interface StatementContext {
  defaultCurrency: string | null;
  warnings: ParseWarning[];
}

/** CURDEF, checked; falls back to the caller's default currency. */
export function statementCurrency(rs: OfxNode, ctx: StatementContext): string | null {
  const raw = childText(rs, "CURDEF");
  const currency = normalizeCurrency(raw);
  if (raw && !currency) ctx.warnings.push({ line: child(rs, "CURDEF")?.line, element: "CURDEF", message: `Unknown currency "${raw.slice(0, 20)}" ignored.` });
  return currency ?? ctx.defaultCurrency;
}

export function accountFrom(from: OfxNode | undefined, type: AccountType, currency: string | null, bankIdTag = "BANKID"): NormalizedAccount {
  const accountId = childText(from, "ACCTID");
  return { externalId: accountId, iban: ibanOf(accountId), number: accountId, bankId: childText(from, bankIdTag), name: null, type, currency };
}

/** LEDGERBAL (the booked balance) → closing balance; an empty BALAMT is "no balance", with a warning. */
function closingBalance(rs: OfxNode, currency: string | null, ctx: StatementContext): NormalizedBalance | null {
  // Found inside BANKTRANLIST too: files that forget </BANKTRANLIST> (Nubank) nest the balance in the list.
  const ledger = child(rs, "LEDGERBAL") ?? child(child(rs, "BANKTRANLIST"), "LEDGERBAL");
  if (!ledger) return null;
  const raw = childText(ledger, "BALAMT");
  const amount = parseOfxAmount(raw);
  const scaled = amount === null ? null : scaleAmount(amount, currency);
  if (scaled === null) {
    ctx.warnings.push({ line: ledger.line, element: "LEDGERBAL", message: raw ? `Unreadable balance "${raw.slice(0, 40)}" ignored.` : "LEDGERBAL has no amount: no closing balance." });
    return null;
  }
  return { amount: scaled, date: parseOfxDay(childText(ledger, "DTASOF")) };
}

const DEBIT_TYPES = new Set(["DEBIT", "PAYMENT", "CHECK", "ATM", "POS", "FEE", "SRVCHG", "DIRECTDEBIT", "CASH"]);

/**
 * Some banks export every TRNAMT unsigned and say the direction only in TRNTYPE. When a statement has no
 * negative amount at all but has debit-typed lines, we trust TRNTYPE for those lines (and say so).
 */
export function repairUnsignedDebits(mapped: MappedTransaction[], element: OfxNode, warnings: ParseWarning[]): void {
  if (mapped.some((m) => m.transaction.amount.startsWith("-"))) return;
  const debits = mapped.filter((m) => m.trnType && DEBIT_TYPES.has(m.trnType) && /[1-9]/.test(m.transaction.amount));
  if (debits.length === 0) return;
  for (const { transaction } of debits) transaction.amount = `-${transaction.amount}`;
  warnings.push({ line: element.line, element: element.name, message: `No amount is negative: ${debits.length} line(s) typed DEBIT/PAYMENT/… were read as outflows.` });
}

export function mapTransactionList(nodes: OfxNode[], ctx: TransactionContext, isPending = false): MappedTransaction[] {
  const mapped: MappedTransaction[] = [];
  for (const node of nodes) {
    const result = mapTransaction(node, ctx, isPending);
    if (result) mapped.push(result);
  }
  return mapped;
}

/** How many transactions repeat an id already in `seen` (which they are added to). */
export function countRepeatedIds(transactions: readonly NormalizedTransaction[], seen: Set<string>): number {
  let repeated = 0;
  for (const { externalId } of transactions) {
    if (externalId === null) continue;
    if (seen.has(externalId)) repeated++;
    seen.add(externalId);
  }
  return repeated;
}

export function repeatedIdsWarning(repeated: number, line: number): ParseWarning {
  return { line, element: "FITID", message: `${repeated} transaction(s) repeat a FITID already used in this statement.` };
}

export const isRepeatedIdsWarning = (warning: ParseWarning) => warning.element === "FITID" && warning.message.includes("repeat a FITID");

function warnDuplicateIds(transactions: NormalizedTransaction[], list: OfxNode, warnings: ParseWarning[]): void {
  const repeated = countRepeatedIds(transactions, new Set());
  if (repeated > 0) warnings.push(repeatedIdsWarning(repeated, list.line));
}

export function bankStatement(rs: OfxNode, isCard: boolean, ctx: StatementContext): NormalizedStatement {
  const currency = statementCurrency(rs, ctx);
  const from = child(rs, isCard ? "CCACCTFROM" : "BANKACCTFROM");
  const type: AccountType = isCard ? "card" : mapAccountType(childText(from, "ACCTTYPE"));
  const account = accountFrom(from, type, currency);
  if (!account.externalId) ctx.warnings.push({ line: rs.line, element: rs.name, message: "No account id (ACCTID) in this statement: pick the account when importing." });

  const txCtx: TransactionContext = { currency, warnings: ctx.warnings };
  const list = child(rs, "BANKTRANLIST");
  // STMTTRN directly under the statement (no list, or a list closed too early) is still the statement's.
  const booked = mapTransactionList([...childrenNamed(list, "STMTTRN"), ...childrenNamed(rs, "STMTTRN")], txCtx);
  if (list) repairUnsignedDebits(booked, list, ctx.warnings);
  const pendingList = child(rs, "BANKTRANLISTP");
  const pending = mapTransactionList(childrenNamed(pendingList, "STMTTRNP"), txCtx, true);
  const transactions = [...booked, ...pending].map((m) => m.transaction);
  if (list) warnDuplicateIds(transactions, list, ctx.warnings);

  // AVAILBAL (available balance, overdraft included) is deliberately ignored: it is not a booked balance.
  return { account, openingBalance: null, closingBalance: closingBalance(rs, currency, ctx), transactions };
}
