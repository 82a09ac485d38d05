import type { CsvProfile } from "../profile";
import { normalizeHeader } from "../vocabulary";

/**
 * A built-in profile for one bank's export. `match` is tried on each of the file's first rows: for an export
 * with a header it recognises the header row; for a headerless one, `matchedRow` says whether the matched row
 * is the first data row or an account record to skip (Raiffeisen Elba's "K|…|EUR" line).
 */
export interface CsvPreset {
  name: string;
  bank: string;
  country: string;
  match(cells: readonly string[]): boolean;
  matchedRow: "header" | "data" | "preamble";
  profile: CsvProfile;
}

/** True when every expected header appears among the cells (compared normalized: case, accents, punctuation). */
export function hasHeaders(cells: readonly string[], expected: readonly string[]): boolean {
  const present = new Set(cells.map(normalizeHeader));
  return expected.every((name) => present.has(normalizeHeader(name)));
}
