/** Builds matcher inputs from the CLI's JSON shapes, so tests read like the contract. */
import { matchBills } from "../../../lib/reconcile/bills";
import { parseMatchInput } from "../../../lib/reconcile/input";
import type { KnownLink } from "../../../lib/reconcile/types";
import { fromMinor } from "../../../lib/money";

export type JsonBill = Record<string, unknown>;
export type JsonTx = Record<string, unknown>;

let counter = 0;

export function bill(fields: JsonBill = {}): JsonBill {
  return { id: `b${++counter}`, vendor: "EDF", type: "energy", amount: "76.20", currency: "EUR", date: "2024-01-10", isRefund: false, ...fields };
}

export function tx(fields: JsonTx = {}): JsonTx {
  return { id: `t${++counter}`, date: "2024-01-12", amount: "-76.20", label: "PRLV SEPA EDF CLIENTS", categoryId: "401080", accountType: "checking", ...fields };
}

export interface SimpleLink {
  billId: string;
  transactionId: string;
  kind: string;
  amount: string;
}

export function match(bills: JsonBill[], transactions: JsonTx[], knownLinks: KnownLink[] = []): SimpleLink[] {
  const input = parseMatchInput(bills, transactions);
  return matchBills({ bills: input.bills, transactions: input.transactions, knownLinks }).links.map((l) => ({
    billId: l.billId, transactionId: l.transactionId, kind: l.kind, amount: fromMinor(l.amountMinor, l.currency),
  }));
}

/** "billId→txId" per kind, for compact assertions. */
export function pairs(links: SimpleLink[], kind = "debit"): string[] {
  return links.filter((l) => l.kind === kind).map((l) => `${l.billId}→${l.transactionId}`);
}
