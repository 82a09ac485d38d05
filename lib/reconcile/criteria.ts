/**
 * What to look for, per bill: Cozy banks' Linker semantics (cozy-banks.md §4.2-4.3), with its rough edges fixed
 * and each fix named here.
 *
 * - Debit: the transaction of -(originalAmount || amount) around originalDate || date.
 * - Credit: searched when the bill is a refund (isRefund) or a health bill carrying originalAmount (its `amount`
 *   is then the reimbursed part, paid on `date`); +(groupAmount || amount) around date.
 * - Window: [target - dateLowerDelta, target + dateUpperDelta] days, both ends INCLUDED (Cozy's own edges vary
 *   with how dates are stringified: strict $gt/$lt on ISO strings, then an inclusive isWithinRange); defaults 15/29.
 * - Amount: [target - amountLowerDelta, target + amountUpperDelta]; the 0.001 default is exact equality in
 *   minor units. A null criterion means the default (lodash `get` in Cozy returned null, i.e. a zero window).
 * - Label: the bill's labelRegex, else its brand's, else \b<vendor>\b (escaped), case-insensitive. Skipped for
 *   health debits (amount, date and category suffice), required otherwise unless a strong reference matches.
 */
import { findBrand, billRegexSource } from "./brands";
import type { MatchBill } from "./types";

export const DEFAULT_DATE_LOWER_DAYS = 15;
export const DEFAULT_DATE_UPPER_DAYS = 29;
/** Vendors whose several bills may be paid by one debit (Cozy: Numéricable; health bills always may). */
export const GROUP_VENDORS: readonly string[] = ["numericable"];

export interface SearchSpec {
  targetMinor: bigint;
  minMinor: bigint;
  maxMinor: bigint;
  targetDay: number;
  fromDay: number;
  toDay: number;
  regexSource: string | null;
  /** Health debit: the label is evidence, not a filter. */
  isLabelRequired: boolean;
}

export function isHealthBill(bill: MatchBill): boolean {
  if (bill.type) return bill.type === "health_costs";
  return findBrand(bill.vendor)?.isHealth ?? false;
}

export function searchesCredit(bill: MatchBill): boolean {
  return bill.isRefund || (isHealthBill(bill) && bill.originalAmountMinor !== null);
}

export function debitAmountMinor(bill: MatchBill): bigint {
  return bill.originalAmountMinor && bill.originalAmountMinor > 0n ? bill.originalAmountMinor : bill.amountMinor;
}

export function creditAmountMinor(bill: MatchBill): bigint {
  return bill.groupAmountMinor && bill.groupAmountMinor > 0n ? bill.groupAmountMinor : bill.amountMinor;
}

export function debitDate(bill: MatchBill): string {
  return bill.originalDate ?? bill.date;
}

const DEFAULT_AMOUNT_DELTA_MINOR = 0n;

export function makeSearchSpec(bill: MatchBill, kind: "debit" | "credit", dayOf: (iso: string) => number): SearchSpec {
  const isDebit = kind === "debit";
  const targetMinor = isDebit ? -debitAmountMinor(bill) : creditAmountMinor(bill);
  const targetDay = dayOf(isDebit ? debitDate(bill) : bill.date);
  const c = bill.criteria;
  const lowerAmount = nonNegative(c.amountLowerDeltaMinor) ?? DEFAULT_AMOUNT_DELTA_MINOR;
  const upperAmount = nonNegative(c.amountUpperDeltaMinor) ?? DEFAULT_AMOUNT_DELTA_MINOR;
  const lowerDays = nonNegativeDays(c.dateLowerDeltaDays) ?? DEFAULT_DATE_LOWER_DAYS;
  const upperDays = nonNegativeDays(c.dateUpperDeltaDays) ?? DEFAULT_DATE_UPPER_DAYS;
  return {
    targetMinor,
    minMinor: targetMinor - lowerAmount,
    maxMinor: targetMinor + upperAmount,
    targetDay,
    fromDay: targetDay - lowerDays,
    toDay: targetDay + upperDays,
    regexSource: billRegexSource(bill.vendor, c.labelRegex),
    isLabelRequired: !(isDebit && isHealthBill(bill)),
  };
}

function nonNegative(value: bigint | null): bigint | null {
  return value === null ? null : value < 0n ? -value : value;
}

function nonNegativeDays(value: number | null): number | null {
  return value === null || !Number.isFinite(value) ? null : Math.floor(Math.abs(value));
}

/**
 * Health transactions (Cozy's isHealthOperation, widened to the 400600 family): a debit of 400600 (Others: Health)
 * or 400610 (health expenses); a credit of any 4006xx (400620 = insurance payouts too). Insurance *premiums*
 * (400620 debits) stay ordinary, so a mutual's subscription invoice still matches them.
 */
export function isHealthTransaction(categoryId: string, amountMinor: bigint): boolean {
  if (!/^4006\d\d$/.test(categoryId)) return false;
  return amountMinor > 0n || categoryId !== "400620";
}
