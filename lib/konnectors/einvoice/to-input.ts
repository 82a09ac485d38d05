/**
 * A parsed e-invoice → the bill input createBills validates. A bill "to complete" (plain PDF) still needs the
 * fields the table requires: the guesses, else placeholders the user replaces (vendor "Unknown vendor",
 * amount 0, the day it arrived), so it can be kept and shown as waiting for completion.
 */
import type { ParsedBill } from "./to-bill";

export interface BillInputDefaults {
  currency: string;
  today: string;
}

export function parsedBillToInput(bill: ParsedBill, defaults: BillInputDefaults): Record<string, unknown> {
  const { details, status, ...json } = bill;
  return {
    ...json,
    vendor: bill.vendor ?? "Unknown vendor",
    amount: bill.amount ?? "0",
    currency: bill.currency ?? defaults.currency,
    date: bill.date ?? defaults.today,
    paymentReference: details.paymentReference,
    mandateId: details.mandateId,
    creditorId: details.creditorId,
    status: status ?? "complete",
    details,
  };
}
