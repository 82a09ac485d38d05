/**
 * Stable ids for rows whose source gives none (most CSV and QIF files). The id hashes the account, the day,
 * the amount, the normalized label and the row's occurrence index among identical rows of the same file, so
 * two real coffees at the same price on the same day stay two rows, and re-importing the same file (or an
 * overlapping export of the same bank) finds both again.
 */
import { normalizeLabel } from "./label";
import { Hash128Builder, hash128, hashHex } from "./hash";
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

const PIPE = 0x7c;
const SPACE = 0x20;
const NON_ASCII = /[\u0080-\uffff]/;

/** The hash of `${accountId}|`, computed once per account: every row of an import starts with it. */
let prefix = { accountId: "", state: new Hash128Builder() };
const scratch = new Hash128Builder();

/**
 * Feeds normalizeLabel(label) to the hash without building it: for ASCII, upper-cased letters and digits, runs of
 * anything else as one space, none at either end (label.test.ts keeps the two in step).
 */
export function addNormalizedLabel(hash: Hash128Builder, label: string): void {
  if (NON_ASCII.test(label)) {
    hash.add(normalizeLabel(label));
    return;
  }
  let isSeparated = false;
  let isStarted = false;
  for (let i = 0; i < label.length; i++) {
    let code = label.charCodeAt(i);
    if (code >= 97 && code <= 122) code -= 32;
    if ((code >= 65 && code <= 90) || (code >= 48 && code <= 57)) {
      if (isSeparated && isStarted) hash.addCode(SPACE);
      hash.addCode(code);
      isSeparated = false;
      isStarted = true;
    } else isSeparated = true;
  }
}

/** One hash per row; the n-th identical row (n > 0) hashes once more with its index. */
export function deriveExternalId(accountId: string, row: DerivableRow, counter: OccurrenceCounter): string {
  // Same words as hash128(`${accountId}|${row.date}|${row.amountMinor}|${row.currency}|${normalizeLabel(row.rawLabel)}`).
  if (prefix.accountId !== accountId) {
    const state = new Hash128Builder().add(accountId);
    state.addCode(PIPE);
    prefix = { accountId, state };
  }
  const builder = scratch.copyFrom(prefix.state).add(row.date);
  builder.addCode(PIPE);
  builder.add(String(row.amountMinor));
  builder.addCode(PIPE);
  builder.add(row.currency);
  builder.addCode(PIPE);
  addNormalizedLabel(builder, row.rawLabel);
  const hash = builder.finish();
  const occurrence = counter.next(hash[0], hash[1]);
  const key = hashHex(hash);
  return `${DERIVED_ID_PREFIX}${occurrence === 0 ? key : hashHex(hash128(`${key}|${occurrence}`))}`;
}
