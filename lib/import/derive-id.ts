/**
 * Stable ids for rows whose source gives none (most CSV and QIF files). The id hashes the account, the day,
 * the amount, the normalized label and the row's occurrence index among identical rows of the same file, so
 * two real coffees at the same price on the same day stay two rows, and re-importing the same file (or an
 * overlapping export of the same bank) finds both again.
 */
import { normalizeLabel } from "./label";
import { hash128, hashHex } from "./hash";
import type { OccurrenceCounter } from "./occurrence-counter";

export { OccurrenceCounter } from "./occurrence-counter";

/** Derived ids carry this prefix so they are never mistaken for a bank's own id. */
export const DERIVED_ID_PREFIX = "h1:";

export function isDerivedId(externalId: string): boolean {
  return externalId.startsWith(DERIVED_ID_PREFIX);
}

export interface DerivableRow {
  date: string;
  amountMinor: bigint;
  currency: string;
  rawLabel: string;
}

/** One hash per row; the n-th identical row (n > 0) hashes once more with its index. */
export function deriveExternalId(accountId: string, row: DerivableRow, counter: OccurrenceCounter): string {
  const hash = hash128(`${accountId}|${row.date}|${row.amountMinor}|${row.currency}|${normalizeLabel(row.rawLabel)}`);
  const occurrence = counter.next(hash[0], hash[1]);
  const key = hashHex(hash);
  return `${DERIVED_ID_PREFIX}${occurrence === 0 ? key : hashHex(hash128(`${key}|${occurrence}`))}`;
}
