/** State shared by the matcher's phases (debits, combinations, credits) during one pure run. */
import type { LinkLedger } from "./ledger";
import type { IndexedTransaction, TransactionIndex } from "./candidates";
import type { MatchBill, MatchResult, MatchTransaction } from "./types";
import { strongReferences } from "./score";

export interface Found {
  tx: MatchTransaction;
  amountMinor: bigint;
  weight: number;
  isNew: boolean;
}

export interface MatchContext {
  bills: readonly MatchBill[];
  transactions: readonly MatchTransaction[];
  index: TransactionIndex;
  ledger: LinkLedger;
  debitOf: Map<string, Found>;
  creditOf: Map<string, Found>;
  stats: MatchResult["stats"];
}

export function referencesOf(bill: MatchBill): string[] {
  return strongReferences([bill.mandateId, bill.creditorId, bill.paymentReference, bill.vendorRef]);
}

/** Numbers transactions as they enter the edge list, so the assignment works on small integers. */
export class TxNumbering {
  readonly list: IndexedTransaction[] = [];
  private readonly numbers = new Map<string, number>();

  numberOf(candidate: IndexedTransaction): number {
    let n = this.numbers.get(candidate.tx.id);
    if (n === undefined) {
      n = this.list.length;
      this.numbers.set(candidate.tx.id, n);
      this.list.push(candidate);
    }
    return n;
  }
}

export function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
