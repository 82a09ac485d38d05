/**
 * OFX leaf values: date-times, amounts, account types, account ids. Pure string logic (no floats on money).
 */
import { makeIsoDay } from "../../../dates";
import { currencyExponent, parseAmount } from "../../../money";
import type { AccountType } from "../../types";

/**
 * "20250105120000.000[-5:EST]" → "2025-01-05". The calendar day is the one the bank wrote: the zone only says
 * which local clock that was, and shifting to UTC would move late-evening card payments to the next day.
 */
export function parseOfxDay(raw: string | null): string | null {
  if (!raw) return null;
  const match = /^\s*(\d{4})(\d{2})(\d{2})/.exec(raw);
  if (!match) return null;
  const key = match[0];
  const cached = dayCache.get(key);
  if (cached !== undefined) return cached;
  const day = makeIsoDay(Number(match[1]), Number(match[2]), Number(match[3]));
  if (dayCache.size > 20_000) dayCache.clear();
  dayCache.set(key, day);
  return day;
}

/** Statements repeat the same few hundred days; validating each once keeps 100k-line files fast. */
const dayCache = new Map<string, string | null>();

const PLAIN_DECIMAL = /^([+-]?)0*(\d+)(?:\.(\d+))?$/;

/**
 * OFX amounts: "-16.85", "+00000000000005.2300", and "-200,00" (the OFX spec allows a comma as the decimal
 * separator; it never groups thousands, so a lone comma is always decimal). Returns a canonical decimal or null.
 */
export function parseOfxAmount(raw: string | null): string | null {
  if (!raw) return null;
  const text = raw.trim();
  if (text.length === 0 || text.length > 64) return null;
  // Fast path for what nearly every file writes ("-42.34", "+0005.2300"); parseAmount handles the rest.
  const plain = PLAIN_DECIMAL.exec(text);
  if (plain) {
    const [, sign, whole, fraction] = plain;
    const body = fraction === undefined ? `${whole}` : `${whole}.${fraction}`;
    return sign === "-" && /[1-9]/.test(body) ? `-${body}` : body;
  }
  const decimalSeparator = text.includes(",") && !text.includes(".") ? "," : ".";
  return parseAmount(text, { decimalSeparator });
}

/**
 * Rescales to the currency's exponent ("-47860.0000" USD → "-47860.00"). Null when the amount carries more
 * non-zero decimals than the currency has: money is never rounded silently, the caller skips and warns.
 * Without a currency, keeps at least two decimals and drops trailing zeros beyond them.
 */
export function scaleAmount(amount: string, currency: string | null): string | null {
  const dot = amount.indexOf(".");
  const whole = dot < 0 ? amount : amount.slice(0, dot);
  const fraction = dot < 0 ? "" : amount.slice(dot + 1);
  if (currency) {
    const exponent = currencyExponent(currency);
    if (fraction.length > exponent && /[1-9]/.test(fraction.slice(exponent))) return null;
    const kept = fraction.slice(0, exponent).padEnd(exponent, "0");
    const isZero = !/[1-9]/.test(whole + kept);
    const digits = exponent > 0 ? `${whole}.${kept}` : whole;
    return isZero && digits.startsWith("-") ? digits.slice(1) : digits;
  }
  const trimmed = fraction.replace(/0+$/, "").padEnd(2, "0");
  return `${whole}.${trimmed}`;
}

const ACCOUNT_TYPES: Record<string, AccountType> = {
  CHECKING: "checking",
  SAVINGS: "savings",
  MONEYMRKT: "savings",
  CD: "savings",
  CREDITLINE: "loan",
};

/** ACCTTYPE → our account type; unknown or missing is "other" (never guessed as checking). */
export function mapAccountType(raw: string | null): AccountType {
  return (raw && ACCOUNT_TYPES[raw.trim().toUpperCase()]) || "other";
}

/** The account id when it is an IBAN (valid ISO 13616 checksum), else null. */
export function ibanOf(accountId: string | null): string | null {
  if (!accountId) return null;
  const compact = accountId.replace(/\s+/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(compact)) return null;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const digits = char >= "A" ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of digits) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1 ? compact : null;
}

/** A check number of zeros is a placeholder some banks put on every line, not a check. */
export function normalizeCheckNumber(raw: string | null): string | null {
  if (!raw || /^0+$/.test(raw)) return null;
  return raw;
}
