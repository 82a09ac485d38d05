import { describe, expect, it } from "vitest";
import { axisDay, axisMonth } from "../../../components/charts/format";

describe("chart axis labels", () => {
  it("names days and months in the household's language, without time-zone drift", () => {
    expect(axisDay("2026-11-04", "en")).toBe("4 Nov");
    expect(axisDay("2026-11-04", "fr")).toBe("4 nov.");
    expect(axisMonth("2026-01", "en")).toBe("Jan 26");
    expect(axisMonth("2026-01", "fr")).toBe("janv. 26");
  });
  it("shows anything else as it is", () => {
    expect(axisDay("11-04", "en")).toBe("11-04");
    expect(axisMonth(undefined, "en")).toBe("");
  });
});
