/** MT940 amounts: digits with a comma decimal mark ("1213,28", "9,", "000000000473,17"); signs come from C/D marks. */
import { normalizeDecimal } from "../../../money";
import { mt940Error } from "./tokenize";

/** Reads the amount starting at `at`; returns the canonical unsigned decimal and where it ends. */
export function readAmountAt(text: string, at: number, line: number): { value: string; end: number } {
  let end = at;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if ((code >= 48 && code <= 57) || code === 44 || code === 46) end++;
    else break;
  }
  const raw = text.slice(at, end);
  // SWIFT writes a comma decimal mark and no grouping; a few exports add "." groups ("1.234,56").
  const parts = (raw.includes(",") ? raw.replace(/\./g, "") : raw).split(/[,.]/);
  if (!/\d/.test(raw) || parts.length > 2) throw mt940Error(line, `expected an amount, found "${text.slice(at, at + 20)}"`);
  const whole = (parts[0] ?? "").replace(/^0+(?=\d)/, "") || "0";
  const fraction = parts[1] ?? "";
  return { value: fraction ? `${whole}.${fraction}` : whole, end };
}

/** Rescales to the currency's exponent when it is known ("79.7" CHF → "79.70"). */
export function atCurrencyScale(value: string, currency: string | null, line: number): string {
  if (!currency) return value;
  try {
    return normalizeDecimal(value, currency);
  } catch {
    throw mt940Error(line, `${value} has more decimals than ${currency} allows`);
  }
}

export function withSign(value: string, isNegative: boolean): string {
  return isNegative && /[1-9]/.test(value) ? `-${value}` : value;
}
