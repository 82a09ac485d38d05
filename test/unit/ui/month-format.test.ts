import { describe, expect, it } from "vitest";
import { formatMonth, monthsBefore } from "../../../lib/i18n/format";

describe("formatMonth", () => {
  it("names the month in the household locale", () => {
    expect(formatMonth("2026-11", "en")).toBe("November 2026");
    expect(formatMonth("2026-01", "fr")).toBe("janvier 2026");
  });
  it("leaves anything else as it is", () => {
    expect(formatMonth("2026-11-03", "en")).toBe("2026-11-03");
  });
});

describe("monthsBefore", () => {
  it("counts back across years, newest first", () => {
    expect(monthsBefore("2026-02", 4)).toEqual(["2026-02", "2026-01", "2025-12", "2025-11"]);
  });
  it("is empty for a malformed month", () => {
    expect(monthsBefore("2026-2", 3)).toEqual([]);
  });
});

describe("bulk notices", () => {
  it("say one transaction in the singular, in both languages", async () => {
    const { tCount } = await import("../../../lib/i18n");
    expect(tCount("en", "explore.bulk.deleted", 1)).toBe("1 transaction deleted.");
    expect(tCount("en", "explore.bulk.deleted", 3)).toBe("3 transactions deleted.");
    expect(tCount("fr", "explore.bulk.done", 1)).toBe("1 opération modifiée.");
    expect(tCount("en", "tx.restored", 1)).toBe("1 transaction restored.");
  });
});
