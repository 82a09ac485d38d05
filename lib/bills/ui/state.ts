/**
 * What the bills page says about a bill (pure: no DB, no clock — `today` is passed in).
 *
 * Payment (every bill that expects a bank movement):
 * - matched: a debit (a credit for a refund) is linked and not rejected;
 * - waiting: nothing linked yet and the deadline has not passed;
 * - late: the deadline passed with nothing linked.
 * The deadline is the due date plus a few days' grace (bank debits land a day or two late), else the bill's
 * own matching window: bill date + dateUpperDelta (29 days by default, Cozy's window) — past it, matching could
 * not find the payment any more anyway.
 *
 * Reimbursement (health bills, cozy-banks.md §4.4, getHealthExpenseReimbursementStatus): "reimbursed" as soon as
 * ONE reimbursement is linked (a credit on the bill, or a reimbursement recorded on the debit that paid it: Cozy's
 * PR #1750, since the mandatory insurance often pays only ~70 %); otherwise "pending", and "late" once the care
 * date (originalDate || date) is more than LATE_REIMBURSEMENT_DAYS old.
 */
import { addDays, daysBetween } from "../../dates";
import { findBrand } from "../../reconcile/brands";
import { DEFAULT_DATE_UPPER_DAYS } from "../../reconcile/criteria";

export const DUE_GRACE_DAYS = 5;
/** Cozy's lateHealthReimbursement default. */
export const LATE_REIMBURSEMENT_DAYS = 30;

export type PaymentState = "matched" | "waiting" | "late" | "not_expected" | "to_complete";
export type ReimbursementState = "reimbursed" | "pending" | "late";
/** One word per bill for filters and badges: a health bill's reimbursement once paid, else its payment. */
export const BILL_STATES = ["matched", "waiting", "late", "reimbursed", "pending", "late_reimbursement", "not_expected", "to_complete"] as const;
export type BillState = (typeof BILL_STATES)[number];

export interface BillStateInput {
  vendor: string;
  type: string | null;
  status: "complete" | "to_complete";
  date: string;
  dueDate: string | null;
  originalDate: string | null;
  isRefund: boolean;
  isThirdPartyPayer: boolean;
  dateUpperDelta?: number | null;
}

/** What is linked, counting only links that are not rejected. */
export interface BillLinkFacts {
  hasDebit: boolean;
  hasCredit: boolean;
  /** A reimbursement link of this bill, or one recorded on the debit that paid it (from any bill). */
  hasReimbursement: boolean;
}

export interface BillStatus {
  state: BillState;
  payment: PaymentState;
  /** Null for bills that are not health bills. */
  reimbursement: ReimbursementState | null;
  /** Past this day an unpaid bill is late. */
  paymentDeadline: string;
  /** Past this day an unreimbursed health bill is late (null when not a health bill). */
  reimbursementDeadline: string | null;
}

export function isHealthBillLike(bill: Pick<BillStateInput, "type" | "vendor">): boolean {
  if (bill.type) return bill.type === "health_costs";
  return findBrand(bill.vendor)?.isHealth ?? false;
}

export function paymentDeadline(bill: Pick<BillStateInput, "date" | "dueDate" | "dateUpperDelta">): string {
  if (bill.dueDate) return addDays(bill.dueDate, DUE_GRACE_DAYS);
  return addDays(bill.date, bill.dateUpperDelta ?? DEFAULT_DATE_UPPER_DAYS);
}

export function reimbursementState(careDate: string, isReimbursed: boolean, today: string): ReimbursementState {
  if (isReimbursed) return "reimbursed";
  return daysBetween(careDate, today) > LATE_REIMBURSEMENT_DAYS ? "late" : "pending";
}

export function billStatus(bill: BillStateInput, links: BillLinkFacts, today: string): BillStatus {
  const deadline = paymentDeadline(bill);
  const isHealth = isHealthBillLike(bill);
  const careDate = bill.originalDate ?? bill.date;
  const reimbursement = isHealth ? reimbursementState(careDate, links.hasCredit || links.hasReimbursement, today) : null;
  const reimbursementDeadline = isHealth ? addDays(careDate, LATE_REIMBURSEMENT_DAYS) : null;
  const result = (state: BillState, payment: PaymentState): BillStatus => ({ state, payment, reimbursement, paymentDeadline: deadline, reimbursementDeadline });

  if (bill.status === "to_complete") return { ...result("to_complete", "to_complete"), reimbursement: null };
  // A third-party-payer bill (tiers payant) moves no money on the account, neither a payment nor a reimbursement.
  if (bill.isThirdPartyPayer) return { ...result("not_expected", "not_expected"), reimbursement: null, reimbursementDeadline: null };
  const isPaid = bill.isRefund && !isHealth ? links.hasCredit : links.hasDebit;
  const payment: PaymentState = isPaid ? "matched" : today > deadline ? "late" : "waiting";
  if (reimbursement && (isPaid || bill.isRefund)) {
    return result(reimbursement === "late" ? "late_reimbursement" : reimbursement, payment);
  }
  return result(payment, payment);
}
