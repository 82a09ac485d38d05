/**
 * A transaction's bills and reimbursements for its page: the bills it paid (debit) or received (credit), the
 * reimbursements recorded on it, and — for a health expense — Cozy's reimbursement status: reimbursed as soon as
 * one reimbursement is linked, else pending, late after LATE_REIMBURSEMENT_DAYS from the transaction's date.
 */
import type { HouseholdContext } from "../../auth/guard";
import { isHealthTransaction } from "../../reconcile/criteria";
import { getBill, type BillRecord } from "../list";
import { listLinksOnTransactions, loadBillLinks, type BillLinkView } from "./links";
import { billStatus, isHealthBillLike, reimbursementState, type BillStatus, type ReimbursementState } from "./state";

export interface TransactionBillEntry {
  link: BillLinkView;
  bill: BillRecord;
  status: BillStatus;
}

export interface TransactionBills {
  bills: TransactionBillEntry[];
  reimbursements: TransactionBillEntry[];
  /** Null when the transaction is not a health expense. */
  healthStatus: ReimbursementState | null;
}

export async function transactionBills(
  ctx: HouseholdContext,
  transaction: { id: string; date: string; amountMinor: bigint; categoryId: string },
  today: string,
): Promise<TransactionBills> {
  const links = (await listLinksOnTransactions(ctx, [transaction.id])).filter((l) => l.state !== "rejected");
  const billIds = [...new Set(links.map((l) => l.billId))];
  const bills = new Map((await Promise.all(billIds.map((id) => getBill(ctx, id)))).map((b) => [b.id, b]));
  const { facts } = await loadBillLinks(ctx, billIds);
  const entries = links.flatMap((link) => {
    const bill = bills.get(link.billId);
    if (!bill) return [];
    const status = billStatus({ ...bill, dateUpperDelta: bill.matchingCriterias.dateUpperDelta }, facts.get(bill.id)!, today);
    return [{ link, bill, status }];
  });
  const paid = entries.filter((e) => e.link.kind !== "reimbursement");
  const reimbursements = entries.filter((e) => e.link.kind === "reimbursement");
  const isDebit = transaction.amountMinor < 0n;
  const isHealth = isDebit && (isHealthTransaction(transaction.categoryId, transaction.amountMinor) || paid.some((e) => e.link.kind === "debit" && isHealthBillLike(e.bill)));
  return { bills: paid, reimbursements, healthStatus: isHealth ? reimbursementState(transaction.date, reimbursements.length > 0, today) : null };
}
