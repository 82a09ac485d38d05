/**
 * Category tree: built-in Cozy ids plus household subcategories. Pure: takes the household's custom rows,
 * returns plain data. A custom category hangs under any built-in id; it may be hidden or merged into another.
 */
import { BUILT_IN_CATEGORIES, TOP_LEVEL_COLORS, type BuiltInCategory } from "./categories";

export { BUILT_IN_CATEGORIES, TOP_LEVEL_COLORS, CAT } from "./categories";

export interface CustomCategory {
  id: string;
  parentId: string | null;
  nameEn: string;
  nameFr: string;
  color?: string | null;
  isHidden?: boolean;
  mergedInto?: string | null;
}

export interface CategoryNode {
  id: string;
  parentId: string | null;
  nameEn: string;
  nameFr: string;
  color: string;
  isBuiltIn: boolean;
  isHidden: boolean;
  children: CategoryNode[];
}

const builtInById = new Map<string, BuiltInCategory>(BUILT_IN_CATEGORIES.map((c) => [c.id, c]));

export function isBuiltInCategory(id: string): boolean {
  return builtInById.has(id);
}

export function isTopLevelCategory(id: string): boolean {
  return id in TOP_LEVEL_COLORS;
}

/** Cozy's parent rule: zero the last digit, then the last two…, until a top-level id; 100/200/300 → 0. */
export function parentOfBuiltIn(id: string): string | null {
  if (isTopLevelCategory(id) || !/^\d+$/.test(id)) return null;
  for (let zeros = 1; zeros < id.length; zeros++) {
    const candidate = id.slice(0, id.length - zeros) + "0".repeat(zeros);
    if (candidate !== id && isTopLevelCategory(candidate)) return candidate;
  }
  return "0";
}

/** The top-level family of any id (built-in or custom); unknown ids fall back to uncategorized. */
export function topLevelOf(id: string, custom: readonly CustomCategory[] = []): string {
  const seen = new Set<string>();
  let current: string | null = id;
  while (current && !seen.has(current)) {
    seen.add(current);
    if (isTopLevelCategory(current)) return current;
    const own = custom.find((c) => c.id === current);
    current = own ? own.parentId : isBuiltInCategory(current) ? parentOfBuiltIn(current) : null;
  }
  return "0";
}

export function colorOf(id: string, custom: readonly CustomCategory[] = []): string {
  const own = custom.find((c) => c.id === id);
  return own?.color ?? TOP_LEVEL_COLORS[topLevelOf(id, custom)] ?? TOP_LEVEL_COLORS["0"]!;
}

/** Follows merges: a merged custom category answers its target (cycles stop at the last distinct id). */
export function resolveCategoryId(id: string, custom: readonly CustomCategory[] = []): string {
  const seen = new Set<string>();
  let current = id;
  for (;;) {
    const own = custom.find((c) => c.id === current);
    if (!own?.mergedInto || seen.has(own.mergedInto)) return current;
    seen.add(current);
    current = own.mergedInto;
  }
}

/** True when the id names a usable category for this household (built-in, or its own custom one not merged). */
export function isKnownCategory(id: string, custom: readonly CustomCategory[] = []): boolean {
  return isBuiltInCategory(id) || custom.some((c) => c.id === id && !c.mergedInto);
}

export function categoryName(id: string, locale: "en" | "fr", custom: readonly CustomCategory[] = []): string {
  const found = builtInById.get(id) ?? custom.find((c) => c.id === id);
  if (!found) return locale === "fr" ? "A catégoriser" : "To be categorized";
  return locale === "fr" ? found.nameFr : found.nameEn;
}

/** The whole tree for pickers and the rules page; merged custom categories are left out. */
export function buildCategoryTree(custom: readonly CustomCategory[] = []): CategoryNode[] {
  const nodes = new Map<string, CategoryNode>();
  for (const c of BUILT_IN_CATEGORIES) {
    nodes.set(c.id, { id: c.id, parentId: parentOfBuiltIn(c.id), nameEn: c.nameEn, nameFr: c.nameFr, color: colorOf(c.id), isBuiltIn: true, isHidden: false, children: [] });
  }
  for (const c of custom) {
    if (c.mergedInto) continue;
    nodes.set(c.id, { id: c.id, parentId: c.parentId, nameEn: c.nameEn, nameFr: c.nameFr, color: colorOf(c.id, custom), isBuiltIn: false, isHidden: !!c.isHidden, children: [] });
  }
  const roots: CategoryNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent && parent.id !== node.id) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Flat list (depth-first) with depth, for <select> options. */
export function flattenCategoryTree(roots: readonly CategoryNode[], depth = 0): { node: CategoryNode; depth: number }[] {
  return roots.flatMap((node) => [{ node, depth }, ...flattenCategoryTree(node.children, depth + 1)]);
}
