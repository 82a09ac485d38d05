import { describe, expect, it } from "vitest";
import { resolveExplorerPeriod } from "../../../components/insights/explorer-period";

const today = "2026-11-25";

describe("resolveExplorerPeriod", () => {
  it("means every date when nothing is chosen", () => {
    expect(resolveExplorerPeriod(undefined, today, undefined, undefined)).toEqual({ choice: "all", from: null, to: null });
    expect(resolveExplorerPeriod("all", today, "2026-01-01", "2026-02-01")).toEqual({ choice: "all", from: null, to: null });
  });
  it("resolves a preset against today, ignoring stale dates", () => {
    expect(resolveExplorerPeriod("3m", today, "2020-01-01", "2020-02-01")).toEqual({ choice: "3m", from: "2026-09-01", to: today });
    expect(resolveExplorerPeriod("last-month", today, undefined, undefined)).toEqual({ choice: "last-month", from: "2026-10-01", to: "2026-10-31" });
  });
  it("reads bare from/to (links from the dashboard and budgets) as a custom range", () => {
    expect(resolveExplorerPeriod(undefined, today, "2026-11-01", "2026-11-25")).toEqual({ choice: "custom", from: "2026-11-01", to: "2026-11-25" });
    expect(resolveExplorerPeriod("custom", today, "2026-11-25", "2026-11-01")).toEqual({ choice: "custom", from: "2026-11-01", to: "2026-11-25" });
    expect(resolveExplorerPeriod("custom", today, "2026-03-01", "nope")).toEqual({ choice: "custom", from: "2026-03-01", to: null });
  });
});
