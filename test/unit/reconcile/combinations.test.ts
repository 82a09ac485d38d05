import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findSubsetWithSum, MAX_COMBINATION_BILLS, MAX_COMBINATION_SIZE } from "../../../lib/reconcile/combine";
import { matchBills } from "../../../lib/reconcile/bills";
import { parseMatchInput } from "../../../lib/reconcile/input";
import { bill, tx } from "./helpers";

describe("bounded subset search (meet in the middle)", () => {
  it("finds a subset of 2..8 items summing into the range, preferring the exact sum", () => {
    expect(findSubsetWithSum([1000n, 2500n, 1240n, 700n], 4440n, 4440n, 4440n)).toEqual([1, 2, 3]);
    expect(findSubsetWithSum([1000n, 2500n], 1000n, 1000n, 1000n)).toBeNull(); // one item is not a combination
    expect(findSubsetWithSum([100n, 200n, 300n], 301n, 305n, 303n)).toBeNull();
    expect(findSubsetWithSum([100n, 200n, 302n], 290n, 310n, 300n)).toEqual([0, 1]);
  });

  it("agrees with exhaustive search on random small inputs", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 2, maxLength: 12 }), fc.integer({ min: 2, max: 3000 }), (values, target) => {
        const amounts = values.map(BigInt);
        const picked = findSubsetWithSum(amounts, BigInt(target), BigInt(target), BigInt(target));
        let exists = false;
        for (let mask = 0; mask < 1 << values.length && !exists; mask++) {
          const bits = values.filter((_, i) => mask & (1 << i));
          exists = bits.length >= 2 && bits.length <= MAX_COMBINATION_SIZE && bits.reduce((s, v) => s + v, 0) === target;
        }
        expect(picked !== null).toBe(exists);
        if (picked) expect(picked.reduce((s, i) => s + values[i]!, 0)).toBe(target);
      }),
      { numRuns: 200 },
    );
  });

  it("refuses more than MAX_COMBINATION_BILLS amounts instead of exploding", () => {
    expect(() => findSubsetWithSum(new Array(MAX_COMBINATION_BILLS + 1).fill(1n), 2n, 2n, 2n)).toThrow();
  });
});

describe("combination search on a large input", () => {
  it("handles 600 health bills of one day and 300 debits in bounded work, never over-allocating", () => {
    const bills = Array.from({ length: 600 }, (_, i) =>
      bill({ id: `H${i}`, vendor: "Ameli", type: "health_costs", isRefund: true, amount: "1.00", originalAmount: `${(i % 37) + 3}.${String(i % 100).padStart(2, "0")}`, originalDate: "2024-03-04", date: "2024-03-12" }),
    );
    const transactions = Array.from({ length: 300 }, (_, i) =>
      tx({ id: `D${i}`, amount: `-${(i % 90) + 10}.${String((i * 7) % 100).padStart(2, "0")}`, date: "2024-03-05", categoryId: "400610", label: "CB PHARMACIE" }),
    );
    const input = parseMatchInput(bills, transactions);
    const result = matchBills(input);
    expect(result.stats.combinations).toBeGreaterThan(0);
    const perTx = new Map<string, bigint>();
    const perBill = new Set<string>();
    for (const link of result.links.filter((l) => l.kind === "debit")) {
      perTx.set(link.transactionId, (perTx.get(link.transactionId) ?? 0n) + link.amountMinor);
      expect(perBill.has(link.billId)).toBe(false);
      perBill.add(link.billId);
    }
    const amountOf = new Map(input.transactions.map((t) => [t.id, -t.amountMinor]));
    for (const [id, sum] of perTx) expect(sum).toBe(amountOf.get(id));
  });
});
