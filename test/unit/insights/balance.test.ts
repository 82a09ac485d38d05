import { describe, expect, it } from "vitest";
import { balanceSeriesByCurrency, fillBalanceSeries } from "../../../lib/insights/shape/balance";

describe("fillBalanceSeries", () => {
  it("gives every day a point, carrying the balance over days without movements", () => {
    const points = fillBalanceSeries(1000n, [{ date: "2024-02-28", sumMinor: -300n }, { date: "2024-03-01", sumMinor: 50n }], "2024-02-27", "2024-03-02");
    expect(points).toEqual([
      { date: "2024-02-27", balanceMinor: 1000n },
      { date: "2024-02-28", balanceMinor: 700n },
      { date: "2024-02-29", balanceMinor: 700n },
      { date: "2024-03-01", balanceMinor: 750n },
      { date: "2024-03-02", balanceMinor: 750n },
    ]);
  });

  it("adds up several deltas of one day and ignores days outside the range", () => {
    const points = fillBalanceSeries(0n, [{ date: "2024-01-01", sumMinor: 5n }, { date: "2024-01-01", sumMinor: 7n }, { date: "2024-01-09", sumMinor: 99n }], "2024-01-01", "2024-01-02");
    expect(points.map((p) => p.balanceMinor)).toEqual([12n, 12n]);
  });

  it("is exact beyond 2^53", () => {
    const big = 9_007_199_254_740_993n;
    expect(fillBalanceSeries(big, [{ date: "2024-01-01", sumMinor: 1n }], "2024-01-01", "2024-01-01")[0]!.balanceMinor).toBe(big + 1n);
  });
});

describe("balanceSeriesByCurrency", () => {
  it("totals accounts of one currency and never mixes currencies", () => {
    const series = balanceSeriesByCurrency([
      { accountId: "a", currency: "EUR", startMinor: 100n, deltas: [{ date: "2024-01-02", sumMinor: -10n }] },
      { accountId: "b", currency: "EUR", startMinor: 5n, deltas: [] },
      { accountId: "c", currency: "USD", startMinor: 1n, deltas: [{ date: "2024-01-01", sumMinor: 1n }] },
    ], "2024-01-01", "2024-01-02");
    expect(series.map((s) => s.currency)).toEqual(["EUR", "USD"]);
    expect(series[0]!.points).toEqual([
      { date: "2024-01-01", totalMinor: 105n, byAccount: { a: 100n, b: 5n } },
      { date: "2024-01-02", totalMinor: 95n, byAccount: { a: 90n, b: 5n } },
    ]);
    expect(series[1]!.points.map((p) => p.totalMinor)).toEqual([2n, 2n]);
  });
});
