/**
 * What transactions already carry, and what the user said: the bookkeeping that keeps a transaction from
 * carrying more than its own amount (Cozy's overflow check in addBillToOperation and its byReimbursements filter,
 * applied to new links too, which Cozy forgot for reimbursements) and keeps rejected pairs out.
 */
import type { KnownLink, LinkKind, MatchTransaction } from "./types";

const pairKey = (billId: string, txId: string, kind: LinkKind) => `${billId}\u0000${txId}\u0000${kind}`;

export class LinkLedger {
  private readonly rejected = new Set<string>();
  private readonly lockedPairs = new Set<string>();
  private readonly lockedSlots = new Map<string, string>();
  private readonly usedMinor: Record<LinkKind, Map<string, bigint>> = { debit: new Map(), credit: new Map(), reimbursement: new Map() };
  private readonly reimbursements = new Map<string, Map<string, bigint>>();

  constructor(known: readonly KnownLink[], transactions: readonly MatchTransaction[]) {
    for (const tx of transactions) {
      for (const r of tx.reimbursements) this.reimbursementsOf(tx.id).set(r.billId, r.amountMinor);
    }
    for (const link of known) {
      if (link.state === "rejected") {
        this.rejected.add(pairKey(link.billId, link.transactionId, link.kind));
        continue;
      }
      this.lockedPairs.add(pairKey(link.billId, link.transactionId, link.kind));
      if (link.kind === "reimbursement") {
        this.reimbursementsOf(link.transactionId).set(link.billId, link.amountMinor);
      } else {
        this.lockedSlots.set(`${link.billId}\u0000${link.kind}`, link.transactionId);
        this.use(link.transactionId, link.kind, link.amountMinor);
      }
    }
  }

  isRejected(billId: string, txId: string, kind: LinkKind): boolean {
    return this.rejected.has(pairKey(billId, txId, kind));
  }

  isLocked(billId: string, txId: string, kind: LinkKind): boolean {
    return this.lockedPairs.has(pairKey(billId, txId, kind));
  }

  /** The transaction a locked debit or credit of this bill points at. */
  lockedTransaction(billId: string, kind: "debit" | "credit"): string | undefined {
    return this.lockedSlots.get(`${billId}\u0000${kind}`);
  }

  used(txId: string, kind: "debit" | "credit"): bigint {
    return this.usedMinor[kind].get(txId) ?? 0n;
  }

  use(txId: string, kind: LinkKind, amountMinor: bigint): void {
    const used = this.usedMinor[kind];
    used.set(txId, (used.get(txId) ?? 0n) + amountMinor);
  }

  /** The room a bill needs on a debit (byReimbursements): others' reimbursements + amountMinor ≤ |debit|. */
  hasReimbursementRoom(tx: MatchTransaction, billId: string, amountMinor: bigint): boolean {
    let recorded = 0n;
    for (const [other, amount] of this.reimbursements.get(tx.id) ?? []) if (other !== billId) recorded += amount;
    return recorded + amountMinor <= -tx.amountMinor;
  }

  recordReimbursement(txId: string, billId: string, amountMinor: bigint): void {
    this.reimbursementsOf(txId).set(billId, amountMinor);
  }

  private reimbursementsOf(txId: string): Map<string, bigint> {
    let map = this.reimbursements.get(txId);
    if (!map) this.reimbursements.set(txId, (map = new Map()));
    return map;
  }
}
