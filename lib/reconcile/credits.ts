/**
 * Credit phase: the transaction that paid a refund (or a health reimbursement) back. Bills that carry the same
 * groupAmount, vendor, payment day and currency were paid back by ONE transfer: they form one unit searching
 * +groupAmount and share that credit (each bill's link carries its own amount). Units are assigned one-to-one
 * like debits. Cozy ranks credits with the DEBIT target (sortedOperations is called without options); here the
 * ranking uses the credit's own target date and amount.
 */
import { sharedDayNumber as dayNumber } from "./candidates";
import { foldVendor } from "./brands";
import { assignUnits, type Edge } from "./assign";
import { compileBillRegex, findCandidates } from "./candidates";
import { makeSearchSpec, searchesCredit } from "./criteria";
import { minBig, referencesOf, TxNumbering, type MatchContext } from "./context";
import type { MatchBill } from "./types";

/** Bills of one grouped transfer; an over-full group (two transfers of the same total that day) is split. */
export function creditUnits(bills: readonly MatchBill[]): MatchBill[][] {
  const grouped = new Map<string, MatchBill[]>();
  const units: MatchBill[][] = [];
  for (const bill of bills) {
    if (!bill.groupAmountMinor || bill.groupAmountMinor <= 0n) {
      units.push([bill]);
      continue;
    }
    const key = `${foldVendor(bill.vendor)}\u0000${bill.date}\u0000${bill.groupAmountMinor}\u0000${bill.currency}`;
    let group = grouped.get(key);
    if (!group) grouped.set(key, (group = []));
    group.push(bill);
  }
  for (const group of grouped.values()) {
    const cap = group[0]!.groupAmountMinor!;
    let current: MatchBill[] = [];
    let sum = 0n;
    for (const bill of group) {
      if (current.length && sum + bill.amountMinor > cap) {
        units.push(current);
        current = [];
        sum = 0n;
      }
      current.push(bill);
      sum += bill.amountMinor;
    }
    units.push(current);
  }
  return units;
}

export function matchCredits(ctx: MatchContext): void {
  const searching = ctx.bills.filter((bill) => searchesCredit(bill) && !ctx.creditOf.has(bill.id) && !ctx.ledger.lockedTransaction(bill.id, "credit"));
  const units = creditUnits(searching);
  const numbering = new TxNumbering();
  const edges: Edge[] = [];
  units.forEach((unitBills, unit) => {
    const first = unitBills[0]!;
    const spec = makeSearchSpec(first, "credit", dayNumber);
    const shareMinor = unitBills.reduce((s, b) => s + b.amountMinor, 0n);
    const candidates = findCandidates(ctx.index, {
      bill: first, spec, kind: "credit",
      regex: compileBillRegex(spec.regexSource, first.id),
      references: [...new Set(unitBills.flatMap(referencesOf))],
      accepts: ({ tx }) => {
        if (tx.amountMinor <= 0n || unitBills.some((b) => ctx.ledger.isRejected(b.id, tx.id, "credit"))) return false;
        const used = ctx.ledger.used(tx.id, "credit");
        return used === 0n || used + shareMinor <= tx.amountMinor;
      },
    });
    for (const { candidate, weight } of candidates) edges.push({ unit, tx: numbering.numberOf(candidate), weight });
  });
  ctx.stats.candidateEdges += edges.length;
  const assignment = assignUnits(edges);
  ctx.stats.components += assignment.components;
  ctx.stats.hungarianComponents += assignment.hungarianComponents;
  ctx.stats.greedyComponents += assignment.greedyComponents;
  for (const edge of assignment.chosen) {
    const { tx } = numbering.list[edge.tx]!;
    for (const bill of units[edge.unit]!) {
      const room = tx.amountMinor - ctx.ledger.used(tx.id, "credit");
      if (room <= 0n) break;
      const amountMinor = minBig(bill.amountMinor, room);
      ctx.ledger.use(tx.id, "credit", amountMinor);
      ctx.creditOf.set(bill.id, { tx, amountMinor, weight: edge.weight, isNew: true });
    }
  }
}
