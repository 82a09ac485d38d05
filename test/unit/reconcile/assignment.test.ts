import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { maxWeightMatching } from "../../../lib/reconcile/hungarian";
import { assignUnits, solveGreedily, type Edge } from "../../../lib/reconcile/assign";
import { bill, match, pairs, tx } from "./helpers";

function bruteForce(weights: number[][], columns: number): number {
  let best = 0;
  const used = new Array<boolean>(columns).fill(false);
  const walk = (row: number, total: number) => {
    if (row === weights.length) {
      best = Math.max(best, total);
      return;
    }
    walk(row + 1, total);
    for (let j = 0; j < columns; j++) {
      const w = weights[row]![j]!;
      if (!used[j] && w > 0) {
        used[j] = true;
        walk(row + 1, total + w);
        used[j] = false;
      }
    }
  };
  walk(0, 0);
  return best;
}

describe("max-weight assignment", () => {
  it("Kuhn-Munkres finds the optimum of any small matrix (brute force agrees)", () => {
    const matrix = fc.integer({ min: 1, max: 6 }).chain((rows) =>
      fc.integer({ min: 1, max: 6 }).chain((cols) =>
        fc.array(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2000 })), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }).map((w) => ({ w, cols })),
      ),
    );
    fc.assert(
      fc.property(matrix, ({ w, cols }) => {
        const result = maxWeightMatching(w, cols);
        const columns = result.filter((j) => j >= 0);
        expect(new Set(columns).size).toBe(columns.length);
        const total = result.reduce((s, j, i) => s + (j >= 0 ? w[i]![j]! : 0), 0);
        result.forEach((j, i) => j >= 0 && expect(w[i]![j]!).toBeGreaterThan(0));
        expect(total).toBe(bruteForce(w, cols));
      }),
      { numRuns: 300 },
    );
  });

  it("greedy fallback with swaps recovers the pair plain greedy loses", () => {
    const edges: Edge[] = [
      { unit: 0, tx: 0, weight: 1170 },
      { unit: 0, tx: 1, weight: 1120 },
      { unit: 1, tx: 0, weight: 1114 },
    ];
    const chosen = solveGreedily(edges).map((e) => `${e.unit}:${e.tx}`).sort();
    expect(chosen).toEqual(["0:1", "1:0"]);
    expect(assignUnits(edges).chosen.map((e) => `${e.unit}:${e.tx}`).sort()).toEqual(["0:1", "1:0"]);
  });
});

describe("global assignment in the matcher", () => {
  it("beats first-come greedy: the first bill moves to its second-best debit so the second bill gets one", () => {
    const a = bill({ id: "A", date: "2024-01-10" });
    const b = bill({ id: "B", date: "2024-01-01", matchingCriterias: { dateUpperDelta: 10 } });
    const near = tx({ id: "T1", date: "2024-01-10" });
    const far = tx({ id: "T2", date: "2024-01-25" });
    // Cozy: A takes its closest T1, B's only candidate T1 is then full, B stays unmatched.
    expect(pairs(match([a, b], [near, far])).sort()).toEqual(["A→T2", "B→T1"]);
  });

  it("prefers the closer debit when both bills can move", () => {
    const jan = bill({ id: "JAN", date: "2024-01-10" });
    const feb = bill({ id: "FEB", date: "2024-02-10" });
    const t1 = tx({ id: "T-JAN", date: "2024-01-11" });
    const t2 = tx({ id: "T-FEB", date: "2024-02-09" });
    expect(pairs(match([feb, jan], [t2, t1])).sort()).toEqual(["FEB→T-FEB", "JAN→T-JAN"]);
  });

  it("keeps links the user confirmed: never re-proposed, and their transaction is full", () => {
    const a = bill({ id: "A" });
    const c = bill({ id: "C" });
    const near = tx({ id: "T1", date: "2024-01-10" });
    const confirmed = tx({ id: "T2", date: "2024-01-30" });
    const links = match([a, c], [near, confirmed], [{ billId: "A", transactionId: "T2", kind: "debit", amountMinor: 7620n, state: "confirmed" }]);
    expect(pairs(links)).toEqual(["C→T1"]);
  });

  it("never proposes a link the user rejected again", () => {
    const a = bill({ id: "A" });
    const t1 = tx({ id: "T1", date: "2024-01-10" });
    const t2 = tx({ id: "T2", date: "2024-01-30" });
    const rejected = [{ billId: "A", transactionId: "T1", kind: "debit" as const, amountMinor: 7620n, state: "rejected" as const }];
    expect(pairs(match([a], [t1, t2], rejected))).toEqual(["A→T2"]);
    expect(match([a], [t1], rejected)).toEqual([]);
  });

  it("adds the reimbursement when a confirmed debit meets a newly found credit", () => {
    const b = bill({ id: "H", vendor: "Ameli", type: "health_costs", isRefund: true, amount: "17.50", originalAmount: "25.00", originalDate: "2024-01-05", date: "2024-01-12" });
    const debit = tx({ id: "D", amount: "-25.00", date: "2024-01-05", categoryId: "400610", label: "CB DR X" });
    const credit = tx({ id: "C", amount: "17.50", date: "2024-01-12", categoryId: "400610", label: "CPAM" });
    const links = match([b], [debit, credit], [{ billId: "H", transactionId: "D", kind: "debit", amountMinor: 2500n, state: "confirmed" }]);
    expect(links.map((l) => `${l.kind}:${l.transactionId}`)).toEqual(["credit:C", "reimbursement:D"]);
  });
});

describe("large components", () => {
  it("fall back to greedy-with-swaps above HUNGARIAN_MAX_SIDE and stay one-to-one", () => {
    // A chain: unit i may take tx i or tx i+1; 300 units, 301 transactions, one component.
    const edges: Edge[] = [];
    for (let i = 0; i < 300; i++) {
      edges.push({ unit: i, tx: i, weight: 1100 + (i % 7) });
      edges.push({ unit: i, tx: i + 1, weight: 1105 - (i % 5) });
    }
    const result = assignUnits(edges);
    expect(result.greedyComponents).toBe(1);
    expect(result.hungarianComponents).toBe(0);
    const units = new Set(result.chosen.map((e) => e.unit));
    const txs = new Set(result.chosen.map((e) => e.tx));
    expect(units.size).toBe(result.chosen.length);
    expect(txs.size).toBe(result.chosen.length);
    expect(result.chosen.length).toBe(300); // a perfect matching exists and is found
  });
});

describe("greedy solver cardinality", () => {
  it("matches as many pairs as the exact solver on random graphs", () => {
    const edgeArb = fc.record({ unit: fc.nat(7), tx: fc.nat(7), weight: fc.integer({ min: 100_000, max: 100_470 }) });
    fc.assert(
      fc.property(fc.array(edgeArb, { maxLength: 30 }), (raw) => {
        const seen = new Set<string>();
        const edges = raw.filter((e) => !seen.has(`${e.unit}:${e.tx}`) && seen.add(`${e.unit}:${e.tx}`));
        const greedy = solveGreedily(edges);
        expect(new Set(greedy.map((e) => e.tx)).size).toBe(greedy.length);
        expect(new Set(greedy.map((e) => e.unit)).size).toBe(greedy.length);
        const weights = Array.from({ length: 8 }, () => new Array<number>(8).fill(0));
        for (const e of edges) weights[e.unit]![e.tx] = e.weight;
        const exact = maxWeightMatching(weights, 8).filter((j) => j >= 0).length;
        expect(greedy.length).toBe(exact);
      }),
      { numRuns: 300 },
    );
  });
});
