/**
 * Reads the amount notations real exports use and returns a canonical decimal string
 * ("-1234.56": optional "-", digits, optional "." + fraction). Pure string logic.
 *
 *   1.234,56  1,234.56  1'234.56  1 234,56  (85.00)  85.00-  +12  .23  $1,000.00  12,30 €  EUR -5
 */
export type DecimalSeparator = "." | ",";

export interface ParseAmountOptions {
  /** When known (from a CSV profile or column-wide detection), removes the "1.234" ambiguity. */
  decimalSeparator?: DecimalSeparator;
}

const SPACES = /[\s\u00a0\u202f\u2009]/g;
// Letters may end with an abbreviation dot ("Rs.1,000", "Fr. 12"); a symbol's dot is the decimal point ("$.23").
const CURRENCY_NOISE = /[A-Za-z]+\.?|[$€£¥₹₩₽₺₪฿₫₴₦₱¤]+/g;

/** Returns the canonical decimal string, or null when the text is not an amount. */
export function parseAmount(input: string, options: ParseAmountOptions = {}): string | null {
  let text = input.trim();
  if (!text) return null;

  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1);
  }
  text = text.replace(CURRENCY_NOISE, "").replace(SPACES, "");
  // Unicode minus and dashes used as minus signs.
  text = text.replace(/[\u2212\u2012\u2013]/g, "-");
  if (text.startsWith("(") && text.endsWith(")")) {
    negative = !negative;
    text = text.slice(1, -1);
  }
  if (/^[+-]/.test(text)) {
    if (text[0] === "-") negative = !negative;
    text = text.slice(1);
  } else if (/[+-]$/.test(text)) {
    if (text.endsWith("-")) negative = !negative;
    text = text.slice(0, -1);
  }
  text = text.replace(/'/g, "").replace(/’/g, "");
  if (!/^[\d.,]*\d[\d.,]*$/.test(text) && !/^[.,]\d+$/.test(text)) return null;

  const canonical = splitSeparators(text, options.decimalSeparator);
  if (canonical === null) return null;
  const [whole, fraction] = canonical;
  const wholeDigits = whole.replace(/^0+(?=\d)/, "") || "0";
  const body = fraction ? `${wholeDigits}.${fraction}` : wholeDigits;
  const isZero = !/[1-9]/.test(body);
  return negative && !isZero ? `-${body}` : body;
}

function splitSeparators(text: string, hint?: DecimalSeparator): [string, string] | null {
  const dots = count(text, ".");
  const commas = count(text, ",");
  let decimal: DecimalSeparator | null;

  if (dots && commas) {
    decimal = text.lastIndexOf(".") > text.lastIndexOf(",") ? "." : ",";
  } else if (dots + commas === 0) {
    decimal = null;
  } else {
    const separator: DecimalSeparator = dots ? "." : ",";
    const occurrences = dots || commas;
    if (occurrences > 1) decimal = null; // only grouping: "1.234.567"
    else if (hint) decimal = hint === separator ? separator : null;
    else {
      // One separator: "1,234" / "12.345" read as grouping (three digits after, non-zero lead),
      // anything else ("12,3", "0.123", ".23", "1234,567") as decimal.
      const [lead = "", tail = ""] = text.split(separator);
      const looksGrouped = tail.length === 3 && lead.length >= 1 && lead.length <= 3 && lead !== "0";
      decimal = looksGrouped ? null : separator;
    }
  }

  const grouping = decimal === "." ? "," : decimal === "," ? "." : null;
  const parts = decimal ? text.split(decimal) : [text];
  if (parts.length > 2) return null;
  const [rawWhole = "", fraction = ""] = parts;
  if (/[.,]/.test(fraction)) return null;
  if (grouping || decimal === null) {
    if (!isValidGrouping(rawWhole)) return null;
  }
  const whole = rawWhole.replace(/[.,]/g, "");
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(fraction)) return null;
  return [whole || "0", fraction];
}

/** Grouped digits must be groups of three after the first ("1.234.567", not "1.23.4"). */
function isValidGrouping(whole: string): boolean {
  if (!/[.,]/.test(whole)) return true;
  return /^\d{1,3}([.,]\d{3})+$/.test(whole) && new Set(whole.replace(/\d/g, "")).size === 1;
}

function count(text: string, char: string): number {
  let total = 0;
  for (const c of text) if (c === char) total++;
  return total;
}

/**
 * Guesses the decimal separator of a whole column of amounts (scored over all values, not the first):
 * returns "," when the values read as European notation, "." otherwise.
 */
export function detectDecimalSeparator(values: readonly string[]): DecimalSeparator {
  let commaScore = 0;
  let dotScore = 0;
  for (const raw of values) {
    const value = raw.replace(SPACES, "");
    const lastDot = value.lastIndexOf(".");
    const lastComma = value.lastIndexOf(",");
    if (lastDot >= 0 && lastComma >= 0) {
      if (lastComma > lastDot) commaScore += 3;
      else dotScore += 3;
    } else if (lastComma >= 0) {
      const tail = value.slice(lastComma + 1).replace(/\D.*$/, "");
      commaScore += tail.length === 3 ? 0.5 : 2;
    } else if (lastDot >= 0) {
      const tail = value.slice(lastDot + 1).replace(/\D.*$/, "");
      dotScore += tail.length === 3 ? 0.5 : 2;
    }
  }
  return commaScore > dotScore ? "," : ".";
}
