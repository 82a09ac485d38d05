/**
 * Household subcategories: add, rename, hide, merge — the rules, as pure checks over the household's
 * current custom categories. A custom category hangs under a built-in parent; merging moves it (and what
 * points at it) into another category, leaving a tombstone so old ids still resolve.
 */
import { AppError } from "../../errors";
import { isBuiltInCategory, isKnownCategory, type CustomCategory } from "./index";

export interface CustomCategoryNames {
  nameEn: string;
  nameFr: string;
}

const MAX_NAME_LENGTH = 60;

function cleanName(value: string, field: string): string {
  const name = value.trim().replace(/\s+/g, " ");
  if (!name || name.length > MAX_NAME_LENGTH) throw new AppError("INVALID_INPUT", `${field} must be 1 to ${MAX_NAME_LENGTH} characters`, { details: { fields: [{ field, message: "Give it a short name." }] } });
  return name;
}

function assertUniqueUnder(parentId: string | null, names: CustomCategoryNames, custom: readonly CustomCategory[], exceptId: string | null): void {
  const clash = custom.find((c) => c.id !== exceptId && !c.mergedInto && c.parentId === parentId &&
    (c.nameEn.toLowerCase() === names.nameEn.toLowerCase() || c.nameFr.toLowerCase() === names.nameFr.toLowerCase()));
  if (clash) throw new AppError("CONFLICT", `A category named "${clash.nameEn}" already exists there`);
}

export function checkNewCustomCategory(input: CustomCategoryNames & { parentId: string; color?: string | null }, custom: readonly CustomCategory[]): CustomCategoryNames & { parentId: string; color: string | null } {
  if (!isBuiltInCategory(input.parentId)) throw new AppError("INVALID_INPUT", `Parent ${input.parentId} is not a built-in category`);
  const names = { nameEn: cleanName(input.nameEn, "nameEn"), nameFr: cleanName(input.nameFr, "nameFr") };
  assertUniqueUnder(input.parentId, names, custom, null);
  const color = input.color ?? null;
  if (color !== null && !/^#[0-9a-fA-F]{6}$/.test(color)) throw new AppError("INVALID_INPUT", "color must look like #1a2b3c");
  return { ...names, parentId: input.parentId, color };
}

function ownCustom(id: string, custom: readonly CustomCategory[]): CustomCategory {
  const own = custom.find((c) => c.id === id && !c.mergedInto);
  if (!own) throw new AppError("NOT_FOUND", "Category not found");
  return own;
}

export function checkRename(id: string, names: CustomCategoryNames, custom: readonly CustomCategory[]): CustomCategoryNames {
  const own = ownCustom(id, custom);
  const cleaned = { nameEn: cleanName(names.nameEn, "nameEn"), nameFr: cleanName(names.nameFr, "nameFr") };
  assertUniqueUnder(own.parentId, cleaned, custom, id);
  return cleaned;
}

export function checkHide(id: string, custom: readonly CustomCategory[]): void {
  ownCustom(id, custom);
}

/** Merging a custom category into another one (built-in or custom, not itself, not merged away). */
export function checkMerge(sourceId: string, targetId: string, custom: readonly CustomCategory[]): void {
  ownCustom(sourceId, custom);
  if (sourceId === targetId) throw new AppError("INVALID_INPUT", "A category cannot be merged into itself");
  if (!isKnownCategory(targetId, custom)) throw new AppError("INVALID_INPUT", `Unknown category ${targetId}`);
}
