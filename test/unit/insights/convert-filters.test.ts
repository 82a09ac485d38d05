import { describe, expect, it } from "vitest";
import { convertMinor, convertTotals } from "../../../lib/insights/shape/convert";
import { decodeCursor, encodeCursor, explorerQuery, parseExplorerFilter } from "../../../lib/insights/shape/filters";

const rates = [{ fromCurrency: "USD", toCurrency: "EUR", rate: "0.9" }, { fromCurrency: "EUR", toCurrency: "JPY", rate: "160.5" }];

describe("converted totals", () => {
  it("uses a direct or inverse rate, exactly, rounding half-even once", () => {
    expect(convertMinor(1000n, "USD", "EUR", rates)).toBe(900n);
    expect(convertMinor(900n, "EUR", "USD", rates)).toBe(1000n);
    expect(convertMinor(1001n, "EUR", "JPY", rates)).toBe(1607n); // 10.01 × 160.5 = 1606.605 yen → 1607
    expect(convertMinor(5n, "GBP", "EUR", rates)).toBeNull();
  });

  it("says which currencies had no rate", () => {
    expect(convertTotals([{ currency: "EUR", minor: 100n }, { currency: "USD", minor: 1000n }, { currency: "GBP", minor: 1n }], "EUR", rates))
      .toEqual({ totalMinor: 1000n, missing: ["GBP"] });
  });
});

describe("explorer filter", () => {
  it("reads search parameters, dropping invalid parts", () => {
    const filter = parseExplorerFilter({ account: ["a1", "a2"], category: "400100", from: "2024-02-30", to: "2024-03-01", min: "-12,5", max: "abc", q: " lidl ", uncategorized: "1", status: "pending", bill: "with", tag: "x,y" }, "EUR");
    expect(filter).toMatchObject({
      accountIds: ["a1", "a2"], categoryIds: ["400100"], from: null, to: "2024-03-01", minMinor: -1250n, maxMinor: null, text: "lidl",
      isUncategorized: true, status: "pending", bill: "with", tags: ["x", "y"], isExcludingTransfers: false,
    });
  });

  it("round-trips through a query string", () => {
    const filter = parseExplorerFilter({ account: "a1", min: "-10", max: "20.5", q: "a&b", transfers: "exclude" }, "EUR");
    const again = parseExplorerFilter(Object.fromEntries([...new URLSearchParams(explorerQuery(filter, "EUR"))].map(([k, v]) => [k, v])), "EUR");
    expect(again).toEqual(filter);
  });

  it("only accepts well-formed cursors", () => {
    expect(decodeCursor(encodeCursor("2024-03-01", "ck1"))).toEqual({ date: "2024-03-01", id: "ck1" });
    expect(decodeCursor("2024-03-01_x' OR 1=1")).toBeNull();
    expect(decodeCursor(undefined)).toBeNull();
  });
});
