import { describe, expect, it } from "vitest";
import { confidenceKey, matchConfidence } from "../../../components/bills/confidence";
import { EDGE_BASE } from "../../../lib/reconcile/score";
import { t } from "../../../lib/i18n";

describe("matchConfidence", () => {
  it("reads the matcher's edge weight as words, never as money", () => {
    expect(matchConfidence(EDGE_BASE + 150)).toBe("high");
    expect(matchConfidence(EDGE_BASE + 105)).toBe("medium");
    expect(matchConfidence(EDGE_BASE + 60)).toBe("low");
    expect(matchConfidence(EDGE_BASE + 300 + 90)).toBe("reference");
  });
  it("says a link without a score was made by hand", () => {
    expect(matchConfidence(null)).toBe("manual");
  });
  it("has words in both languages", () => {
    expect(t("en", confidenceKey(EDGE_BASE + 150))).toBe("High");
    expect(t("fr", confidenceKey(EDGE_BASE + 390))).toBe("Certaine (référence trouvée)");
  });
});
