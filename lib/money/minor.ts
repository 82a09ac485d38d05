/**
 * Conversions between decimal strings and integer minor units (bigint). String logic only:
 * a float never touches an amount.
 */
import { AppError } from "../errors";
import { currencyExponent } from "./currency";

const CANONICAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * "12.30" (canonical: optional "-", digits, optional "." fraction) → 1230n for EUR.
 * Extra fraction digits must be zeros ("1.2300" is fine for EUR, "1.234" is not): money is never rounded silently.
 */
export function toMinor(amount: string, currency: string): bigint {
  const match = CANONICAL.exec(amount.trim());
  if (!match) throw new AppError("INVALID_INPUT", `Not a decimal amount: "${amount}"`);
  const [, sign, whole = "0", fraction = ""] = match;
  const exponent = currencyExponent(currency);
  const kept = fraction.slice(0, exponent).padEnd(exponent, "0");
  const dropped = fraction.slice(exponent);
  if (/[1-9]/.test(dropped)) {
    throw new AppError("INVALID_INPUT", `Amount ${amount} has more decimals than ${currency} allows (${exponent})`);
  }
  const magnitude = BigInt(whole + kept);
  return sign && magnitude !== 0n ? -magnitude : magnitude;
}

/** 1230n (EUR) → "12.30"; -5n (JPY) → "-5". */
export function fromMinor(minor: bigint, currency: string): string {
  const exponent = currencyExponent(currency);
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(exponent + 1, "0");
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = exponent > 0 ? `.${digits.slice(digits.length - exponent)}` : "";
  return `${negative ? "-" : ""}${whole}${fraction}`;
}

/** Rescales a canonical decimal string to the currency's exponent ("12.3" → "12.30" for EUR). */
export function normalizeDecimal(amount: string, currency: string): string {
  return fromMinor(toMinor(amount, currency), currency);
}

export function sumMinor(values: Iterable<bigint>): bigint {
  let total = 0n;
  for (const value of values) total += value;
  return total;
}

export function absMinor(value: bigint): bigint {
  return value < 0n ? -value : value;
}
