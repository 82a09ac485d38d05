/**
 * Raw bank label → what the UI shows (label), who was paid (payee), the operation kind, and the clean
 * lower-case tokens the rules, dictionary and model work on. One pass over the tokens after a few regexes:
 * it runs for every imported row (≥ 100k labels/s).
 */
import { detectKind, type OperationKind } from "./kinds";
import { BOILERPLATE, FACILITATORS, SMALL_WORDS, TAIL_MARKERS, TRAILING_CODES, TRAILING_PLACES } from "./noise";
import { extractSepaFields } from "./sepa";

export { OPERATION_KINDS, type OperationKind } from "./kinds";

export interface NormalizedLabel {
  /** Clean, readable label for the UI (the raw label is kept elsewhere). */
  label: string;
  payee: string | null;
  kind: OperationKind;
  /** Upper-case accent-free payee/memo words (no dates, card numbers, references). */
  tokens: string[];
  /** tokens joined by spaces, lower-case: what rules on "normalized text" and the dictionary see. */
  text: string;
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Upper-case, accents removed, whitespace collapsed. */
export function foldLabel(raw: string): string {
  const text = NON_ASCII.test(raw) ? raw.normalize("NFD").replace(COMBINING_MARKS, "") : raw;
  return text.toUpperCase().replace(/\s+/g, " ").trim();
}
const NON_ASCII = /[\u0080-\uffff]/;
const LEADING_NUMBER = /^\d{3,}\s+(?=\D)/;
const MAX_LABEL_LENGTH = 400;

// Dates (12/03, 12/03/24, 12.03.2024, 2024-03-12), times, card numbers (4974XXXXXXXX2335, X2335, *2335), amounts.
const NOISE = /\bON \d{1,2} (?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\b|\b\d{1,2} ?(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?: ?\d{2,4})?\b|\b\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b|\b\d{1,2}[:H]\d{2}(?::\d{2})?\b|\b\d*X{3,}\d*\b|\bX\d{4}\b|\*\d{3,}|\b\d+[,.]\d{2}\s?(?:EUR|E|€)?(?=\s|$)/g;
// A domain in the label: keep its name ("AMZN.COM/BILL" → "AMZN", "WWW.SNCF-CONNECT.COM" → "SNCF-CONNECT").
const DOMAIN = /\b(?:[A-Z0-9-]+\.)*?([A-Z0-9-]+)\.(?:CO\.UK|GOV\.UK|ORG\.UK|AC\.UK|COM|FR|CO|UK|NET|ORG|IO|DE|EU|BE|IE)\b(?:\/\S*)?/g;
// "VIR RECU 1234 DE M MARTIN": the direction words before the party name.
const LEADING_PARTY_WORDS = new Set(["DE", "FROM", "TO", "A", "POUR", "VERS"]);
// Acronyms that contain vowels (the rest is told by shape: no vowel, or at most two letters).
const ACRONYMS = new Set(["EDF", "AXA", "CAF", "ING", "UGC", "SNCF", "RATP", "CPAM", "MGEN", "DGFIP", "URSSAF", "AMELI", "IKEA", "EE", "BP", "UK", "USA", "EUR", "ATM", "DAB", "GAB", "SFR", "BNP", "LCL", "CIC", "TFL", "NHS", "DVLA", "HMRC", "DWP", "AA", "BT", "MAIF", "MACIF", "MAAF", "GMF", "ADP", "SEPA", "ISA", "IBAN", "OUIGO", "APRR", "SANEF"].filter((a) => a.length <= 4 || a === "DGFIP"));
const VOWELS = /[AEIOUY]/;

/** Numbers, references and ordinals ("15EME"): ≥ 3 digits, or digits in a long token, or digits then E/ER/EME. */
function isReferenceToken(token: string): boolean {
  let digits = 0;
  let leadingDigits = 0;
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      digits++;
      if (leadingDigits === i) leadingDigits++;
    }
  }
  if (digits === 0) return false;
  if (digits >= 3 || token.length >= 8 || leadingDigits === token.length) return true;
  const suffix = token.slice(leadingDigits);
  return leadingDigits > 0 && (suffix === "E" || suffix === "ER" || suffix === "EME");
}

const TRIM_CHARS = new Set([".", "-", "&", "*"]);
function trimPunctuation(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && TRIM_CHARS.has(word[start]!)) start++;
  while (end > start && TRIM_CHARS.has(word[end - 1]!)) end--;
  return start === 0 && end === word.length ? word : word.slice(start, end);
}

/** Splits "PAYPAL *NETFLIX" / "AMZN MKTP UK*2X3Y4" on '*': the facilitator goes, a reference tail goes. */
function resolveStar(text: string): string {
  const star = text.indexOf("*");
  if (star < 0) return text;
  const before = text.slice(0, star).trim();
  const after = text.slice(star + 1).replace(/\*/g, " ").trim();
  const beforeWords = before.split(" ");
  if (beforeWords.length <= 2 && FACILITATORS.has(beforeWords[beforeWords.length - 1] ?? "")) return after || before;
  if (!after || /\d/.test(after.split(" ")[0] ?? "")) return before;
  return `${before} ${after}`;
}

// Place names a card label may start with ("PAIEMENT CB 0803 PARIS RIMONE"): the unambiguous ones only
// ("NEW LOOK", "LA POSTE", "SAN MARINA" are merchants).
const AMBIGUOUS_LEADING = new Set(["NEW", "LA", "SAN", "LOS", "SEINE", "DEFENSE", "VIEW", "MOUNTAIN", "READING", "YORK", "CLERMONT", "AIX", "ISSY", "ORLY"]);

function dropLeadingPlaces(tokens: string[]): string[] {
  let start = 0;
  while (start < tokens.length - 1 && TRAILING_PLACES.has(tokens[start]!) && !AMBIGUOUS_LEADING.has(tokens[start]!)) start++;
  return start ? tokens.slice(start) : tokens;
}

function cleanTokens(text: string): string[] {
  const withoutDomains = text.includes(".") ? text.replace(DOMAIN, " $1 ") : text;
  const words = resolveStar(withoutDomains.replace(NOISE, " ")).split(/[\s/:;,.()[\]{}"'’+_|\\#=<>!?°-]+/);
  const kept: string[] = [];
  for (let word of words) {
    word = trimPunctuation(word);
    if (!word) continue;
    // "JOE S" (from JOE'S) → "JOES": possessives print either way.
    if (word === "S" && kept.length > 0 && !kept[kept.length - 1]!.endsWith("S")) {
      kept[kept.length - 1] += "S";
      continue;
    }
    if (TAIL_MARKERS.has(word) && kept.length > 0) break;
    if (BOILERPLATE.has(word) || isReferenceToken(word)) continue;
    if (kept.length === 0 && (LEADING_PARTY_WORDS.has(word))) continue;
    if (!kept.includes(word)) kept.push(word);
  }
  while (kept.length > 1 && (TRAILING_PLACES.has(kept[kept.length - 1]!) || TRAILING_CODES.has(kept[kept.length - 1]!))) kept.pop();
  return kept;
}

export function titleCase(tokens: readonly string[]): string {
  return tokens
    .map((token, index) => {
      if (index > 0 && SMALL_WORDS.has(token)) return token.toLowerCase();
      if (ACRONYMS.has(token) || token.length <= 2 || (token.length <= 4 && !VOWELS.test(token))) return token;
      return token.charAt(0) + token.slice(1).toLowerCase();
    })
    .join(" ");
}

const KIND_LABELS: Record<OperationKind, string> = {
  card: "Card payment", direct_debit: "Direct debit", transfer_in: "Transfer received", transfer_out: "Transfer sent",
  withdrawal: "Cash withdrawal", check: "Check", fee: "Bank fee", other: "Transaction",
};

/**
 * @param isCredit the amount's sign when known: a bare "VIR" is a transfer in when the money came in.
 */
export function normalizeLabel(raw: string, isCredit: boolean | null = null): NormalizedLabel {
  // Some exports put an operation number before the wording ("000001 VIR EUROPEEN EMIS …"). Bank labels
  // are short: a pathological one is cut so no regex below can take long.
  const folded = foldLabel(raw.length > MAX_LABEL_LENGTH ? raw.slice(0, MAX_LABEL_LENGTH) : raw).replace(LEADING_NUMBER, "");
  const { kind, rest } = detectKind(folded, isCredit);
  const sepa = kind === "transfer_in" || kind === "transfer_out" || kind === "direct_debit" ? extractSepaFields(rest) : null;
  const cleaned = cleanTokens(sepa ? sepa.party : rest);
  const payeeTokens = kind === "card" ? dropLeadingPlaces(cleaned) : cleaned;
  const prefixTokens = kind === "withdrawal" || kind === "fee" ? cleanTokens(folded.slice(0, folded.length - rest.length)) : [];
  const memoTokens = sepa?.memo ? cleanTokens(sepa.memo) : [];
  let payee = payeeTokens.length ? titleCase(payeeTokens) : null;
  let label = payee ?? "";
  if (kind === "check") {
    const number = /\b\d{5,}\b/.exec(rest)?.[0];
    label = number ? `${KIND_LABELS.check} ${number}` : label || KIND_LABELS.check;
    payee = payeeTokens.length ? payee : null;
  } else if (prefixTokens.length) {
    label = titleCase(prefixTokens.concat(payeeTokens.filter((t) => !prefixTokens.includes(t))));
  } else if (!label) {
    label = memoTokens.length ? titleCase(memoTokens) : KIND_LABELS[kind];
  }
  const tokens = payeeTokens.concat(memoTokens);
  return { label, payee, kind, tokens, text: tokens.join(" ").toLowerCase() };
}
