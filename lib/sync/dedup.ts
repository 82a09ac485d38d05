/**
 * Rows of one account gathered over several pages: some banks repeat an entry on the next page (Enable Banking's
 * continuation pages overlap), so a provider id is kept once; its booked version wins over a pending one.
 * Rows without an id are left to the import pipeline's derived ids. Pure.
 */
import type { NormalizedTransaction } from "../aggregators/types";

export function dedupById(rows: readonly NormalizedTransaction[]): { rows: NormalizedTransaction[]; repeated: number } {
  const byId = new Map<string, number>();
  const kept: NormalizedTransaction[] = [];
  let repeated = 0;
  for (const row of rows) {
    const id = row.externalId?.trim();
    if (!id) {
      kept.push(row);
      continue;
    }
    const index = byId.get(id);
    if (index === undefined) {
      byId.set(id, kept.length);
      kept.push(row);
      continue;
    }
    repeated++;
    if (kept[index]!.pending && !row.pending) kept[index] = row;
  }
  return { rows: kept, repeated };
}
