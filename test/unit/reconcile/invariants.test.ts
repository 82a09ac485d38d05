import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { matchBills } from "../../../lib/reconcile/bills";
import { parseMatchInput } from "../../../lib/reconcile/input";
import type { KnownLink } from "../../../lib/reconcile/types";

const day = fc.integer({ min: 1, max: 28 }).map((d) => `2024-02-${String(d).padStart(2, "0")}`);
const cents = fc.integer({ min: 1, max: 6 }).map((n) => `${n * 5}.00`);
const vendor = fc.constantFrom("EDF", "Ameli", "Free");

const billArb = fc.record({ vendor, amount: cents, original: fc.option(cents), date: day, groupAmount: fc.option(cents), isRefund: fc.boolean(), isThirdPartyPayer: fc.boolean() });
const txArb = fc.record({ amount: cents, isCredit: fc.boolean(), date: day, label: fc.constantFrom("PRLV EDF", "VIR CPAM", "FREE MOBILE", "CB PHARMACIE"), categoryId: fc.constantFrom("0", "400610", "401080"), reimbursed: fc.option(cents) });

describe("matcher invariants on random inputs", () => {
  it("one debit and one credit per bill, no transaction over its amount, rejected pairs never proposed", () => {
    fc.assert(
      fc.property(fc.array(billArb, { maxLength: 12 }), fc.array(txArb, { maxLength: 12 }), fc.array(fc.tuple(fc.nat(11), fc.nat(11)), { maxLength: 6 }), (bills, txs, rejects) => {
        const billsJson = bills.map((b, i) => ({
          id: `b${i}`, vendor: b.vendor, type: b.vendor === "Ameli" ? "health_costs" : "energy", amount: b.amount, originalAmount: b.original,
          originalDate: b.original ? b.date : null, date: b.date, groupAmount: b.groupAmount, isRefund: b.isRefund, isThirdPartyPayer: b.isThirdPartyPayer,
        }));
        const txJson = txs.map((t, i) => ({
          id: `t${i}`, date: t.date, amount: t.isCredit ? t.amount : `-${t.amount}`, label: t.label, categoryId: t.categoryId,
          reimbursements: t.reimbursed ? [{ billId: "elsewhere", amount: t.reimbursed }] : [],
        }));
        const known: KnownLink[] = rejects.map(([b, t]) => ({ billId: `b${b}`, transactionId: `t${t}`, kind: "debit", amountMinor: 0n, state: "rejected" }));
        const input = parseMatchInput(billsJson, txJson);
        const { links } = matchBills({ ...input, knownLinks: known });
        const txById = new Map(input.transactions.map((t) => [t.id, t]));
        const seen = new Set<string>();
        const carried = new Map<string, bigint>();
        for (const link of links) {
          const key = `${link.billId}:${link.kind}`;
          expect(seen.has(key)).toBe(false);
          seen.add(key);
          const t = txById.get(link.transactionId)!;
          expect(link.amountMinor > 0n).toBe(true);
          if (link.kind === "credit") expect(t.amountMinor > 0n).toBe(true);
          else expect(t.amountMinor < 0n).toBe(true);
          const sumKey = `${link.transactionId}:${link.kind}`;
          carried.set(sumKey, (carried.get(sumKey) ?? 0n) + link.amountMinor);
          expect(known.some((k) => k.billId === link.billId && k.transactionId === link.transactionId && link.kind === "debit")).toBe(false);
          expect(bills[Number(link.billId.slice(1))]!.isThirdPartyPayer).toBe(false);
        }
        for (const [key, sum] of carried) {
          const [id, kind] = key.split(":");
          const t = txById.get(id!)!;
          const limit = t.amountMinor < 0n ? -t.amountMinor : t.amountMinor;
          const recorded = kind === "reimbursement" ? t.reimbursements.reduce((s, r) => s + r.amountMinor, 0n) : 0n;
          expect(sum + recorded <= limit).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
