import { describe, expect, it } from "vitest";
import { labelSimilarity, normalizeLabel } from "../../../lib/import/label";

describe("labels", () => {
  it("normalizes case, accents and punctuation", () => {
    expect(normalizeLabel("  Cb Café-Müller 04/01 ")).toBe("CB CAFE MULLER 04 01");
  });

  it("scores similarity between 0 and 1", () => {
    expect(labelSimilarity("CARREFOUR", "carrefour")).toBe(1);
    expect(labelSimilarity("CB CARREFOUR 04/01", "CARREFOUR CITY")).toBeGreaterThan(0.5);
    expect(labelSimilarity("CARREFOUR", "SNCF")).toBeLessThan(0.2);
    expect(labelSimilarity("", "SNCF")).toBe(0);
  });
});
