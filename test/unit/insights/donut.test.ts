import { describe, expect, it } from "vitest";
import { ancestryOf, descendantsAmong, donutSlices, type CategorySum } from "../../../lib/insights/shape/donut";

const sums: CategorySum[] = [
  { categoryId: "400110", currency: "EUR", sumMinor: -5000n, count: 10 }, // supermarket (food family 400100)
  { categoryId: "400100", currency: "EUR", sumMinor: -700n, count: 1 }, // food, no subcategory
  { categoryId: "400810", currency: "EUR", sumMinor: -2000n, count: 3 }, // restaurant (leisure family 400800)
  { categoryId: "400110", currency: "USD", sumMinor: -99999n, count: 2 },
  { categoryId: "custom-bio", currency: "EUR", sumMinor: -300n, count: 1 },
];
const custom = [{ id: "custom-bio", parentId: "400110", nameEn: "Organic", nameFr: "Bio" }];

describe("ancestryOf", () => {
  it("walks Cozy's parent rule and custom parents, root first", () => {
    expect(ancestryOf("400110")).toEqual(["400100", "400110"]);
    expect(ancestryOf("custom-bio", custom)).toEqual(["400100", "400110", "custom-bio"]);
    expect(ancestryOf("100")).toEqual(["100"]);
  });
});

describe("donutSlices", () => {
  it("groups by top-level family at the first level, largest first, one currency only", () => {
    const slices = donutSlices(sums, "EUR", null, "en", custom);
    expect(slices.map((s) => [s.categoryId, s.spentMinor, s.canDrill])).toEqual([["400100", 6000n, true], ["400800", 2000n, true]]);
  });

  it("drills into direct children; the parent's own rows stay as its own slice that lists transactions", () => {
    const slices = donutSlices(sums, "EUR", "400100", "en", custom);
    expect(slices.map((s) => [s.categoryId, s.spentMinor, s.count, s.canDrill])).toEqual([["400110", 5300n, 11, true], ["400100", 700n, 1, false]]);
    const deeper = donutSlices(sums, "EUR", "400110", "en", custom);
    expect(deeper.map((s) => [s.categoryId, s.spentMinor, s.canDrill])).toEqual([["400110", 5000n, false], ["custom-bio", 300n, false]]);
  });

  it("names slices in the locale", () => {
    expect(donutSlices(sums, "EUR", "400800", "fr")[0]!.name).toBe("Restaurants, soirées");
  });
});

describe("descendantsAmong", () => {
  it("keeps the category and everything below it", () => {
    expect(descendantsAmong("400100", ["400110", "400810", "custom-bio", "400100"], custom)).toEqual(["400100", "400110", "custom-bio"]);
  });
});
