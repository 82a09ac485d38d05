/**
 * Stable ids for rows whose source gives none (most CSV and QIF files). The id hashes the account, the day,
 * the amount, the normalized label and the row's occurrence index among identical rows of the same file, so
 * two real coffees at the same price on the same day stay two rows, and re-importing the same file (or an
 * overlapping export of the same bank) finds both again.
 */
import { createHash } from "node:crypto";
import { normalizeLabel } from "./label";
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
  const digest = createHash("sha256").update(`${accountId}|${row.date}|${row.amountMinor}|${row.currency}|${normalizeLabel(row.rawLabel)}`).digest();
  const occurrence = counter.next(digest);
  const id = occurrence === 0 ? digest : createHash("sha256").update(digest).update(`|${occurrence}`).digest();
  return `${DERIVED_ID_PREFIX}${id.toString("base64url").slice(0, 27)}`;
}
