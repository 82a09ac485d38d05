/**
 * Stable ids for rows whose source gives none (most CSV and QIF files). The id hashes the account, the day,
 * the amount, the normalized label and the row's occurrence index among identical rows of the same file, so
 * two real coffees at the same price on the same day stay two rows, and re-importing the same file (or an
 * overlapping export of the same bank) finds both again.
 */
import { createHash } from "node:crypto";
import { normalizeLabel } from "./label";

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

/**
 * Counts identical rows as it goes. Keys are 48-bit numbers taken from the row's hash rather than strings,
 * so a million-row file costs a few tens of MB here, not hundreds.
 */
export class OccurrenceCounter {
  private readonly seen = new Map<number, number>();

  next(digest: Buffer): number {
    const short = digest.readUIntBE(0, 6);
    const occurrence = this.seen.get(short) ?? 0;
    this.seen.set(short, occurrence + 1);
    return occurrence;
  }
}

/** One hash per row; the n-th identical row (n > 0) hashes once more with its index. */
export function deriveExternalId(accountId: string, row: DerivableRow, counter: OccurrenceCounter): string {
  const digest = createHash("sha256").update(`${accountId}|${row.date}|${row.amountMinor}|${row.currency}|${normalizeLabel(row.rawLabel)}`).digest();
  const occurrence = counter.next(digest);
  const id = occurrence === 0 ? digest : createHash("sha256").update(digest).update(`|${occurrence}`).digest();
  return `${DERIVED_ID_PREFIX}${id.toString("base64url").slice(0, 27)}`;
}
