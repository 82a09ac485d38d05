/**
 * Gives every incoming row of one account its external id: the bank's own when it has one, a derived one
 * otherwise (derive-id.ts), and spots rows repeated inside the file. Pure.
 */
import type { ParseWarning } from "../aggregators/types";
import { deriveExternalId, OccurrenceCounter } from "./derive-id";
import type { IncomingRow } from "./statements";

export interface AssignedIds {
  ids: string[];
  /** Row index → reason, for rows that repeat an earlier row of the same file (same bank id, same content). */
  repeatedInFile: Map<number, string>;
  warnings: ParseWarning[];
}

/** `counter` and `seenSourceIds` carry over between chunks of one file. */
export function assignExternalIds(
  rows: readonly IncomingRow[],
  accountId: string,
  counter = new OccurrenceCounter(),
  seenSourceIds = new Map<string, { date: string; amountMinor: bigint; uses: number }>(),
): AssignedIds {
  const ids: string[] = [];
  const repeatedInFile = new Map<number, string>();
  const warnings: ParseWarning[] = [];
  rows.forEach((row, index) => {
    if (!row.sourceId) {
      ids.push(deriveExternalId(accountId, row, counter));
      return;
    }
    const seen = seenSourceIds.get(row.sourceId);
    if (!seen) {
      seenSourceIds.set(row.sourceId, { date: row.date, amountMinor: row.amountMinor, uses: 1 });
      ids.push(row.sourceId);
      return;
    }
    if (seen.date === row.date && seen.amountMinor === row.amountMinor) {
      ids.push(row.sourceId);
      repeatedInFile.set(index, `Repeated in this file (bank id ${row.sourceId})`);
      return;
    }
    // Some banks reuse an id for different transactions: keep both, with a stable suffix.
    seen.uses += 1;
    ids.push(`${row.sourceId}#${seen.uses}`);
    warnings.push({ message: `The bank id ${row.sourceId} is used by two different transactions (${seen.date} and ${row.date}); both are kept.` });
  });
  return { ids, repeatedInFile, warnings };
}
