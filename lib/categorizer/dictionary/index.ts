/**
 * The shipped knowledge base: merchant names and bank wording → category. Compiled once at module load into
 * a map keyed by first token, so a lookup costs one map probe per label token. Entries go through the same
 * tokenizer as labels, so both sides agree on accents, punctuation and boilerplate.
 */
import { normalizeLabel, type OperationKind } from "../normalize";
import { MERCHANTS } from "./merchants";
import { GENERIC_WORDS } from "./generic";
import { predictPrior } from "./prior";

export interface DictionaryEntry {
  tokens: string[];
  categoryId: string;
  sign: "+" | "-" | null;
  isGeneric: boolean;
  /** Match priority: longer, signed, specific entries first. */
  score: number;
}

export interface DictionaryMatch {
  categoryId: string;
  confidence: number;
  /** A merchant name matched word for word (not a generic word, the operation kind or the prior's guess). */
  isExactName: boolean;
}

function compile(source: Readonly<Record<string, string>>): Map<string, DictionaryEntry[]> {
  const index = new Map<string, DictionaryEntry[]>();
  for (const [categoryId, names] of Object.entries(source)) {
    for (const spec of names.split("|")) {
      const [, signText, name] = /^([+-]?)(.*)$/.exec(spec.trim())!;
      // The bare tokenizer: a dictionary name is a payee, not a whole bank label.
      const tokens = normalizeLabel(`X ${name}`).tokens.filter((t, i) => i > 0 || t !== "X");
      if (!tokens.length) continue;
      const sign = signText === "+" || signText === "-" ? signText : null;
      const isGeneric = tokens.length === 1 && GENERIC_WORDS.has(tokens[0]!);
      const entry: DictionaryEntry = { tokens, categoryId, sign, isGeneric, score: tokens.length * 4 + (sign ? 1 : 0) - (isGeneric ? 100 : 0) };
      const bucket = index.get(tokens[0]!);
      if (bucket) bucket.push(entry);
      else index.set(tokens[0]!, [entry]);
    }
  }
  for (const bucket of index.values()) bucket.sort((a, b) => b.score - a.score);
  return index;
}

const INDEX = compile(MERCHANTS);

/** Every compiled entry (for tests and the evaluation script's "not in the dictionary" check). */
export function dictionaryEntries(): DictionaryEntry[] {
  return [...INDEX.values()].flat();
}

function matchesAt(tokens: readonly string[], start: number, entry: DictionaryEntry): boolean {
  if (start + entry.tokens.length > tokens.length) return false;
  for (let i = 1; i < entry.tokens.length; i++) if (tokens[start + i] !== entry.tokens[i]) return false;
  return true;
}

/** The best entry found anywhere in the label (earliest position breaks ties). */
export function lookupDictionary(tokens: readonly string[], isCredit: boolean): DictionaryEntry | null {
  let best: DictionaryEntry | null = null;
  for (let start = 0; start < tokens.length; start++) {
    const bucket = INDEX.get(tokens[start]!);
    if (!bucket) continue;
    for (const entry of bucket) {
      if (entry.sign === "+" && !isCredit) continue;
      if (entry.sign === "-" && isCredit) continue;
      if (best && entry.score <= best.score) break;
      if (matchesAt(tokens, start, entry)) {
        best = entry;
        break;
      }
    }
  }
  return best;
}

// What the operation kind alone says when no name matched (Cozy's special ids 100/200/300, bank fees).
const KIND_DEFAULTS: Partial<Record<OperationKind, [string, number]>> = {
  withdrawal: ["300", 0.95],
  check: ["200", 0.9],
  fee: ["400340", 0.75],
  transfer_in: ["100", 0.3],
  transfer_out: ["100", 0.3],
};

/**
 * Base rate for a card payment nobody knows (a local name, no trade word): most such payments of a few
 * euros to a few tens are restaurants, bars and cafés. A weak guess (confidence 0.2), shown as such, that
 * the household's first correction replaces.
 */
const UNKNOWN_CARD_GUESS: DictionaryMatch = { categoryId: "400810", confidence: 0.2, isExactName: false };
const UNKNOWN_CARD_MIN_MINOR = 300n;
const UNKNOWN_CARD_MAX_MINOR = 8_000n;

/** Dictionary, then the operation kind: the "global" knowledge, before any household data. */
export function categorizeGlobally(tokens: readonly string[], kind: OperationKind, isCredit: boolean, amountMinor: bigint | null = null): DictionaryMatch | null {
  const entry = lookupDictionary(tokens, isCredit);
  if (entry && !entry.isGeneric) {
    // Fuel brands also sell electricity and gas: paid by direct debit, it is the home energy bill.
    const categoryId = entry.categoryId === "400250" && kind === "direct_debit" ? "401080" : entry.categoryId;
    return { categoryId, confidence: entry.tokens.length > 1 ? 0.95 : 0.92, isExactName: true };
  }
  // A withdrawal or check is what it is, whatever generic word its label carries.
  const byKind = KIND_DEFAULTS[kind];
  if (byKind && (kind === "withdrawal" || kind === "check" || kind === "fee")) return { categoryId: byKind[0], confidence: byKind[1], isExactName: false };
  if (entry) return { categoryId: entry.categoryId, confidence: 0.6, isExactName: false };
  const guess = predictPrior(tokens);
  if (guess) return { ...guess, isExactName: false };
  if (byKind) return { categoryId: byKind[0], confidence: byKind[1], isExactName: false };
  const isSmallCardDebit = amountMinor !== null && amountMinor <= -UNKNOWN_CARD_MIN_MINOR && amountMinor >= -UNKNOWN_CARD_MAX_MINOR;
  if (kind === "card" && tokens.length > 0 && isSmallCardDebit) return UNKNOWN_CARD_GUESS;
  return null;
}
