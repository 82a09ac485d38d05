/**
 * What the classifiers see of a transaction: weighted sparse features. Words and word bigrams of the
 * normalized label carry the merchant; character 4-grams let "CARREF MKT" meet "CARREFOUR MARKET"; the
 * operation kind, the sign and an amount bucket (Cozy's buckets, reference §3.2) separate a refund from a
 * purchase. The tags get a small weight so they cannot outvote the words (Cozy's reweighting, §3.5).
 */
import type { OperationKind } from "../normalize";
import { SMALL_WORDS, TRAILING_CODES, TRAILING_PLACES } from "../normalize/noise";

// Words that say where or nothing at all ("DE", "LA", "PARIS"): a household that taught "PARIS RIMONE" must
// not see every Parisian shop as Rimone. They carry no word or bigram feature.
// Month names change every month in memos ("SALAIRE JANVIER", "LOYER MARS"): they name no one.
const MONTHS = new Set([
  "JANVIER", "FEVRIER", "MARS", "AVRIL", "MAI", "JUIN", "JUILLET", "AOUT", "SEPTEMBRE", "OCTOBRE", "NOVEMBRE", "DECEMBRE",
  "JANUARY", "FEBRUARY", "MARCH", "APRIL", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
  "JAN", "FEB", "FEV", "MAR", "APR", "AVR", "JUN", "JUL", "JUI", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC",
]);

function isNoiseWord(token: string): boolean {
  return token.length < 2 || SMALL_WORDS.has(token) || TRAILING_PLACES.has(token) || TRAILING_CODES.has(token) || MONTHS.has(token);
}

/** Parallel arrays (a key may repeat: its weights add up, as counts do). Cheaper than a Map on the hot path. */
export interface Features {
  keys: string[];
  weights: number[];
}

export const WORD_WEIGHT = 1;
export const BIGRAM_WEIGHT = 1;
export const CHAR_WEIGHT = 0.25;
export const TAG_WEIGHT = 0.5;
export const MAX_CHAR_GRAM_WORDS = 3;

// Amount buckets in minor units of a 2-decimal currency (reference §3.2).
const BUCKETS: readonly [bigint, string][] = [
  [-55_000n, "vbexp"], [-10_000n, "bexp"], [-2_000n, "exp"], [0n, "noiseneg"], [5_000n, "noisepos"], [20_000n, "inc"], [120_000n, "binc"],
];

export function amountBucket(amountMinor: bigint, exponent = 2): string {
  const scaled = exponent === 2 ? amountMinor : exponent < 2 ? amountMinor * 10n ** BigInt(2 - exponent) : amountMinor / 10n ** BigInt(exponent - 2);
  for (const [limit, name] of BUCKETS) if (scaled < limit) return name;
  return "actinc";
}

function add(features: Features, key: string, weight: number): void {
  features.keys.push(key);
  features.weights.push(weight);
}

/** tokens: the normalized upper-case tokens (payee then memo). */
export function extractFeatures(tokens: readonly string[], kind: OperationKind, amountMinor: bigint, exponent = 2): Features {
  const features: Features = { keys: [], weights: [] };
  const isCredit = amountMinor > 0n;
  add(features, `k:${kind}`, TAG_WEIGHT);
  add(features, isCredit ? "s:+" : "s:-", TAG_WEIGHT);
  add(features, `a:${amountBucket(amountMinor, exponent)}`, TAG_WEIGHT);
  addTextFeatures(features, tokens);
  return features;
}

/** Words, bigrams and character 4-grams only (the global prior learns names, not amounts). */
export function addTextFeatures(features: Features, tokens: readonly string[]): Features {
  let previous = "";
  let words = 0;
  for (const token of tokens) {
    if (isNoiseWord(token)) {
      previous = "";
      continue;
    }
    add(features, `w:${token}`, WORD_WEIGHT);
    if (previous) add(features, `b:${previous} ${token}`, BIGRAM_WEIGHT);
    previous = token;
    // Character n-grams for the first words only (the merchant's name); memo words add cost, not meaning.
    if (++words <= MAX_CHAR_GRAM_WORDS && token.length >= 5) {
      const padded = `^${token}$`;
      for (let i = 0; i + 4 <= padded.length; i++) add(features, `c:${padded.slice(i, i + 4)}`, CHAR_WEIGHT);
    }
  }
  return features;
}

/** True for the features that name the merchant (used by the "known payee" guard). */
export function isWordFeature(key: string): boolean {
  return key.charCodeAt(0) === 119 /* w */ || key.charCodeAt(0) === 98 /* b */;
}
