/**
 * Spending by category with drill-down: the SQL gives one sum per (category, currency); this groups it by
 * top-level family, or, below a chosen category, by its direct children (the category's own rows stay as
 * its own slice). Pure.
 */
import { categoryName, colorOf, isBuiltInCategory, parentOfBuiltIn, type CustomCategory } from "../../categorizer/tree";

export interface CategorySum {
  categoryId: string;
  currency: string;
  /** Signed sum of the expenses (negative). */
  sumMinor: bigint;
  count: number;
}

export interface DonutSlice {
  categoryId: string;
  name: string;
  color: string;
  /** Money spent, positive. */
  spentMinor: bigint;
  count: number;
  /** True when the slice groups several categories, so clicking it drills down instead of listing transactions. */
  canDrill: boolean;
}

/** Root-first ancestry of a category ("400110" → ["400100", "400110"]); custom parents followed, cycles cut. */
export function ancestryOf(id: string, custom: readonly CustomCategory[] = []): string[] {
  const chain: string[] = [];
  const seen = new Set<string>();
  let current: string | null = id;
  while (current !== null && !seen.has(current)) {
    seen.add(current);
    chain.unshift(current);
    const own = custom.find((c) => c.id === current);
    current = own ? own.parentId : isBuiltInCategory(current) ? parentOfBuiltIn(current) : null;
    // Cozy's parent rule ends at "0" for 100/200/300; "0" is a family of its own, not their parent on a chart.
    if (current === "0") current = null;
  }
  return chain;
}

/** The slices of one currency at one level: `parentId` null = top-level families. Largest first. */
export function donutSlices(sums: readonly CategorySum[], currency: string, parentId: string | null, locale: "en" | "fr", custom: readonly CustomCategory[] = []): DonutSlice[] {
  const slices = new Map<string, { spentMinor: bigint; count: number; members: Set<string> }>();
  for (const sum of sums) {
    if (sum.currency !== currency) continue;
    const chain = ancestryOf(sum.categoryId, custom);
    let sliceId: string | undefined;
    if (parentId === null) sliceId = chain[0];
    else {
      const at = chain.indexOf(parentId);
      if (at < 0) continue;
      sliceId = chain[at + 1] ?? parentId;
    }
    if (sliceId === undefined) continue;
    const slice = slices.get(sliceId) ?? { spentMinor: 0n, count: 0, members: new Set<string>() };
    slice.spentMinor += -sum.sumMinor;
    slice.count += sum.count;
    slice.members.add(sum.categoryId);
    slices.set(sliceId, slice);
  }
  return [...slices]
    .filter(([, s]) => s.spentMinor > 0n)
    .map(([id, s]) => ({
      categoryId: id, name: categoryName(id, locale, custom), color: colorOf(id, custom), spentMinor: s.spentMinor, count: s.count,
      canDrill: id !== parentId && [...s.members].some((member) => member !== id),
    }))
    .sort((a, b) => (a.spentMinor === b.spentMinor ? a.categoryId.localeCompare(b.categoryId) : a.spentMinor > b.spentMinor ? -1 : 1));
}

/** Every category id at or below `id` among those seen (for "this category and its subcategories" filters). */
export function descendantsAmong(id: string, candidates: Iterable<string>, custom: readonly CustomCategory[] = []): string[] {
  const result = new Set<string>([id]);
  for (const candidate of candidates) if (ancestryOf(candidate, custom).includes(id)) result.add(candidate);
  return [...result].sort();
}
