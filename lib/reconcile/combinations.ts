/**
 * Combination phase: bills left without a debit after the one-to-one phase, grouped by (debit day, vendor,
 * currency) like Cozy's findCombinations, and paid together by one debit. Bounds are in combine.ts.
 */
import { sharedDayNumber as dayNumber } from "./candidates";
import { foldVendor } from "./brands";
import { compileBillRegex, findCandidates, indexTransactions, type TransactionIndex } from "./candidates";
import { DEFAULT_DATE_LOWER_DAYS, DEFAULT_DATE_UPPER_DAYS, GROUP_VENDORS, debitAmountMinor, debitDate, isHealthBill, makeSearchSpec, type SearchSpec } from "./criteria";
import { MAX_COMBINATION_BILLS, MAX_COMBINATION_TARGETS, findSubsetWithSum } from "./combine";
import { minBig, referencesOf, type MatchContext } from "./context";
import { searchesDebit } from "./debits";
import type { MatchBill } from "./types";

function isCombinable(bill: MatchBill): boolean {
  return isHealthBill(bill) || GROUP_VENDORS.includes(foldVendor(bill.vendor));
}

export function matchCombinations(ctx: MatchContext): void {
  const groups = new Map<string, MatchBill[]>();
  for (const bill of ctx.bills) {
    if (ctx.debitOf.has(bill.id) || ctx.ledger.lockedTransaction(bill.id, "debit") || !searchesDebit(bill) || !isCombinable(bill)) continue;
    const key = `${debitDate(bill)}\u0000${foldVendor(bill.vendor)}\u0000${bill.currency}\u0000${isHealthBill(bill)}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(bill);
  }
  if (![...groups.values()].some((group) => group.length >= 2)) return;
  // Only debits nobody took in the one-to-one phase can pay a combination: index just those, once.
  const free = indexTransactions(ctx.transactions.filter((tx) => tx.amountMinor < 0n && ctx.ledger.used(tx.id, "debit") === 0n));
  const claimed = new Set<string>();
  for (const group of groups.values()) {
    for (let start = 0; start + 1 < group.length; start += MAX_COMBINATION_BILLS) {
      combineChunk(ctx, free, group.slice(start, start + MAX_COMBINATION_BILLS), claimed);
    }
  }
}

/** The widest criteria of the chunk (Cozy's meta-bill), as one search over every possible subset sum. */
function chunkSpec(chunk: readonly MatchBill[]): { spec: SearchSpec; lowerMinor: bigint; upperMinor: bigint } {
  const specs = chunk.map((bill) => makeSearchSpec(bill, "debit", dayNumber));
  const first = specs[0]!;
  let lowerMinor = 0n;
  let upperMinor = 0n;
  let lowerDays = DEFAULT_DATE_LOWER_DAYS;
  let upperDays = DEFAULT_DATE_UPPER_DAYS;
  for (const s of specs) {
    if (s.targetMinor - s.minMinor > lowerMinor) lowerMinor = s.targetMinor - s.minMinor;
    if (s.maxMinor - s.targetMinor > upperMinor) upperMinor = s.maxMinor - s.targetMinor;
    lowerDays = Math.max(lowerDays, s.targetDay - s.fromDay);
    upperDays = Math.max(upperDays, s.toDay - s.targetDay);
  }
  const amounts = chunk.map(debitAmountMinor).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const total = amounts.reduce((s, a) => s + a, 0n);
  const smallestPair = amounts[0]! + amounts[1]!;
  const sources = [...new Set(specs.map((s) => s.regexSource).filter((s): s is string => s !== null))];
  return {
    lowerMinor,
    upperMinor,
    spec: {
      targetMinor: -total,
      minMinor: -total - lowerMinor,
      maxMinor: -smallestPair + upperMinor,
      targetDay: first.targetDay,
      fromDay: first.targetDay - lowerDays,
      toDay: first.targetDay + upperDays,
      regexSource: sources.length ? sources.map((s) => `(?:${s})`).join("|") : null,
      isLabelRequired: first.isLabelRequired,
    },
  };
}

function combineChunk(ctx: MatchContext, free: TransactionIndex, chunk: MatchBill[], claimed: Set<string>): void {
  const { spec, lowerMinor, upperMinor } = chunkSpec(chunk);
  const meta: MatchBill = { ...chunk[0]!, id: "", amountMinor: 0n };
  const candidates = findCandidates(free, {
    bill: meta, spec, kind: "debit",
    regex: compileBillRegex(spec.regexSource, chunk[0]!.id),
    references: [...new Set(chunk.flatMap(referencesOf))],
    accepts: ({ tx }) => !claimed.has(tx.id),
  })
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_COMBINATION_TARGETS);
  let remaining = chunk;
  for (const { candidate, weight } of candidates) {
    if (remaining.length < 2) return;
    const { tx } = candidate;
    const allowed = remaining.filter((bill) => !ctx.ledger.isRejected(bill.id, tx.id, "debit"));
    if (allowed.length < 2) continue;
    const exact = -tx.amountMinor;
    // tx ∈ [-sum - lower, -sum + upper]  ⇔  sum ∈ [-tx - upper, -tx + lower]
    const picked = findSubsetWithSum(allowed.map(debitAmountMinor), exact - upperMinor, exact + lowerMinor, exact);
    if (!picked) continue;
    const bills = picked.map((i) => allowed[i]!);
    const reimbursedMinor = bills.reduce((s, b) => s + b.amountMinor, 0n);
    if (!ctx.ledger.hasReimbursementRoom(tx, "", reimbursedMinor)) continue;
    for (const bill of bills) {
      const amountMinor = minBig(debitAmountMinor(bill), exact - ctx.ledger.used(tx.id, "debit"));
      ctx.ledger.use(tx.id, "debit", amountMinor);
      ctx.debitOf.set(bill.id, { tx, amountMinor, weight, isNew: true });
    }
    claimed.add(tx.id);
    ctx.stats.combinations++;
    remaining = remaining.filter((bill) => !bills.includes(bill));
  }
}
