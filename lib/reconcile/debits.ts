/**
 * Debit phase: each bill's paying transaction, one-to-one by global assignment (assign.ts).
 * Cozy's byReimbursements filter applies to every debit search (reimbursements already recorded + the bill's
 * amount ≤ |debit|), with the bill's amount capped at the debit's so a widened match is not refused by it.
 * A refund bill without originalAmount that is not a health bill has no debit to find (Cozy searches one anyway
 * and links the vendor's next ordinary payment of the same amount: a false positive we avoid).
 */
import { sharedDayNumber as dayNumber } from "./candidates";
import { assignUnits, type Edge } from "./assign";
import { compileBillRegex, findCandidates } from "./candidates";
import { debitAmountMinor, isHealthBill, makeSearchSpec } from "./criteria";
import { minBig, referencesOf, TxNumbering, type MatchContext } from "./context";
import type { MatchBill, MatchTransaction } from "./types";

export function searchesDebit(bill: MatchBill): boolean {
  return !(bill.isRefund && bill.originalAmountMinor === null && !isHealthBill(bill));
}

/** Room for a new debit link: an untouched debit, or one whose locked links leave enough for the whole bill. */
export function fitsDebit(ctx: MatchContext, tx: MatchTransaction, amountMinor: bigint): boolean {
  if (tx.amountMinor >= 0n) return false;
  const used = ctx.ledger.used(tx.id, "debit");
  return used === 0n || used + amountMinor <= -tx.amountMinor;
}

export function matchDebits(ctx: MatchContext): void {
  const searching = ctx.bills.filter((bill) => !ctx.debitOf.has(bill.id) && !ctx.ledger.lockedTransaction(bill.id, "debit") && searchesDebit(bill));
  const numbering = new TxNumbering();
  const edges: Edge[] = [];
  searching.forEach((bill, unit) => {
    const spec = makeSearchSpec(bill, "debit", dayNumber);
    const amountMinor = debitAmountMinor(bill);
    const candidates = findCandidates(ctx.index, {
      bill, spec, kind: "debit",
      regex: compileBillRegex(spec.regexSource, bill.id),
      references: referencesOf(bill),
      accepts: ({ tx }) =>
        fitsDebit(ctx, tx, amountMinor) &&
        !ctx.ledger.isRejected(bill.id, tx.id, "debit") &&
        ctx.ledger.hasReimbursementRoom(tx, bill.id, minBig(bill.amountMinor, -tx.amountMinor)),
    });
    for (const { candidate, weight } of candidates) edges.push({ unit, tx: numbering.numberOf(candidate), weight });
  });
  ctx.stats.candidateEdges += edges.length;
  const assignment = assignUnits(edges);
  ctx.stats.components += assignment.components;
  ctx.stats.hungarianComponents += assignment.hungarianComponents;
  ctx.stats.greedyComponents += assignment.greedyComponents;
  for (const edge of assignment.chosen) {
    const bill = searching[edge.unit]!;
    const { tx } = numbering.list[edge.tx]!;
    const amountMinor = minBig(debitAmountMinor(bill), -tx.amountMinor - ctx.ledger.used(tx.id, "debit"));
    ctx.ledger.use(tx.id, "debit", amountMinor);
    ctx.debitOf.set(bill.id, { tx, amountMinor, weight: edge.weight, isNew: true });
  }
}
