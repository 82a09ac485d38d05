/**
 * Bill ↔ transaction matching, pure. Cozy Banks' Linker is the baseline (cozy-banks.md §4): criteria in
 * criteria.ts, filters in candidates.ts, combinations in combinations.ts. What it does better: a global
 * one-to-one assignment by weight (assign.ts) instead of first-come greedy, strong references as evidence
 * (score.ts), user decisions respected (ledger.ts), a bounded combination search (combine.ts).
 *
 * How Cozy represents a match, and the link kinds we emit for it (every amount positive, minor units):
 *   op.bills[] of the debit operation        → { kind: "debit",  transactionId: debit,  amount: originalAmount || amount }
 *   op.bills[] of the credit operation       → { kind: "credit", transactionId: credit, amount: amount }
 *     (refund bills, and health bills' reimbursement credit; with groupAmount several bills share the credit)
 *   debit op.reimbursements[] {billId, amount, operationId: credit}
 *                                            → { kind: "reimbursement", transactionId: debit, amount: amount }
 *     (only when both the debit and the credit of the bill are known, as in Cozy)
 * Third-party-payer bills are dropped (no bank movement), as Cozy does.
 * A transaction never carries more than its own amount: debit links ≤ |debit|, credit links ≤ credit,
 * reimbursements (recorded + new) ≤ |debit|.
 */
import { indexTransactions } from "./candidates";
import { matchCombinations } from "./combinations";
import type { Found, MatchContext } from "./context";
import { matchCredits } from "./credits";
import { matchDebits } from "./debits";
import { LinkLedger } from "./ledger";
import type { LinkKind, MatchBill, MatchInput, MatchResult, ProposedLink } from "./types";

export function isMatchableBill(bill: MatchBill): boolean {
  return !bill.isThirdPartyPayer && bill.amountMinor > 0n;
}

export function matchBills(input: MatchInput): MatchResult {
  const txById = new Map(input.transactions.map((tx) => [tx.id, tx]));
  const ctx: MatchContext = {
    bills: input.bills.filter(isMatchableBill),
    transactions: input.transactions,
    index: indexTransactions(input.transactions),
    ledger: new LinkLedger(input.knownLinks ?? [], input.transactions),
    debitOf: new Map(),
    creditOf: new Map(),
    stats: { candidateEdges: 0, components: 0, hungarianComponents: 0, greedyComponents: 0, combinations: 0 },
  };
  for (const link of input.knownLinks ?? []) {
    if (link.state === "rejected" || link.kind === "reimbursement") continue;
    const tx = txById.get(link.transactionId);
    const found: Found | undefined = tx && { tx, amountMinor: link.amountMinor, weight: 0, isNew: false };
    if (found) (link.kind === "debit" ? ctx.debitOf : ctx.creditOf).set(link.billId, found);
  }
  matchDebits(ctx);
  matchCombinations(ctx);
  matchCredits(ctx);
  return { links: emitLinks(ctx), stats: ctx.stats };
}

function emitLinks(ctx: MatchContext): ProposedLink[] {
  const links: ProposedLink[] = [];
  const { ledger } = ctx;
  for (const bill of ctx.bills) {
    const debit = ctx.debitOf.get(bill.id);
    const credit = ctx.creditOf.get(bill.id);
    if (debit?.isNew) links.push(makeLink(bill, debit.tx.id, "debit", debit.amountMinor, debit.weight));
    if (credit?.isNew) links.push(makeLink(bill, credit.tx.id, "credit", credit.amountMinor, credit.weight));
    if (!debit || !credit) continue;
    if (ledger.isLocked(bill.id, debit.tx.id, "reimbursement") || ledger.isRejected(bill.id, debit.tx.id, "reimbursement")) continue;
    if (!ledger.hasReimbursementRoom(debit.tx, bill.id, bill.amountMinor)) continue;
    ledger.recordReimbursement(debit.tx.id, bill.id, bill.amountMinor);
    links.push(makeLink(bill, debit.tx.id, "reimbursement", bill.amountMinor, Math.min(debit.weight || credit.weight, credit.weight || debit.weight)));
  }
  // Already in the output order: bills as given, then debit, credit, reimbursement.
  return links;
}

function makeLink(bill: MatchBill, transactionId: string, kind: LinkKind, amountMinor: bigint, score: number): ProposedLink {
  return { billId: bill.id, transactionId, kind, amountMinor, currency: bill.currency, score };
}
