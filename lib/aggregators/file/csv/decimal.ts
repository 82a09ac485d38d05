/**
 * Canonical decimal strings on the per-row hot path. Plain "-1234,56"-style cells take a char-scan fast path;
 * anything else ("£1,183.23", "($85.00)", "11'373.94", "- $21.59") goes through lib/money parseAmount.
 */
import { parseAmount as parseAnyAmount, type DecimalSeparator } from "../../../money";

// "$.23": parseAmount would take "$." as one currency token ("Rs."-style) and read 23.
const SYMBOL_THEN_POINT = /([$€£¥])\.(?=\d)/;

// "12.50 DR" / "12.50 CR" (bank statements): DR is money out; parseAmount alone would drop the letters.
const DEBIT_CREDIT_SUFFIX = /\s*(DR|CR|Dr|Cr)\.?$/;

function parseAmount(text: string, options: { decimalSeparator: DecimalSeparator }): string | null {
  const suffix = DEBIT_CREDIT_SUFFIX.exec(text);
  const body = suffix ? text.slice(0, suffix.index) : text;
  const amount = parseAnyAmount(SYMBOL_THEN_POINT.test(body) ? body.replace(SYMBOL_THEN_POINT, (_, symbol: string) => `${symbol}0.`) : body, options);
  if (amount === null || !suffix) return amount;
  const magnitude = amount.startsWith("-") ? amount.slice(1) : amount;
  return suffix[1]!.toUpperCase() === "DR" && /[1-9]/.test(magnitude) ? `-${magnitude}` : magnitude;
}

export function readAmount(text: string, decimalSeparator: DecimalSeparator): string | null {
  const length = text.length;
  if (length === 0) return null;
  let i = 0;
  let negative = false;
  const first = text.charCodeAt(0);
  if (first === 45 || first === 43) {
    negative = first === 45;
    i = 1;
  }
  const separatorCode = decimalSeparator.charCodeAt(0);
  let separatorAt = -1;
  let digits = 0;
  let significant = false;
  for (let j = i; j < length; j++) {
    const code = text.charCodeAt(j);
    if (code >= 48 && code <= 57) {
      digits++;
      if (code !== 48) significant = true;
    } else if (code === separatorCode && separatorAt < 0 && j > i) {
      separatorAt = j;
    } else {
      return parseAmount(text, { decimalSeparator });
    }
  }
  if (digits === 0 || separatorAt === length - 1) return parseAmount(text, { decimalSeparator });
  let start = i;
  const wholeEnd = separatorAt < 0 ? length : separatorAt;
  while (start < wholeEnd - 1 && text.charCodeAt(start) === 48) start++;
  const whole = text.slice(start, wholeEnd);
  const body = separatorAt < 0 ? whole : `${whole}.${text.slice(separatorAt + 1)}`;
  return negative && significant ? `-${body}` : body;
}

export function isZeroAmount(amount: string): boolean {
  for (let i = 0; i < amount.length; i++) {
    const code = amount.charCodeAt(i);
    if (code >= 49 && code <= 57) return false;
  }
  return true;
}

export function negateAmount(amount: string): string {
  if (amount.charCodeAt(0) === 45) return amount.slice(1);
  return isZeroAmount(amount) ? amount : `-${amount}`;
}

export function absAmount(amount: string): string {
  return amount.charCodeAt(0) === 45 ? amount.slice(1) : amount;
}

/** "12.3" → "12.30" and "2500" → "2500.00" for a 2-decimal currency; longer fractions are left for toMinor to judge. */
export function padToExponent(amount: string, exponent: number): string {
  const dot = amount.indexOf(".");
  if (dot < 0) return exponent > 0 ? `${amount}.${"0".repeat(exponent)}` : amount;
  const fraction = amount.length - dot - 1;
  return fraction < exponent ? amount + "0".repeat(exponent - fraction) : amount;
}

function toScaled(amount: string, scale: number): bigint {
  const negative = amount.startsWith("-");
  const [whole = "0", fraction = ""] = (negative ? amount.slice(1) : amount).split(".");
  const value = BigInt(whole + fraction.padEnd(scale, "0"));
  return negative ? -value : value;
}

function fractionLength(amount: string): number {
  const dot = amount.indexOf(".");
  return dot < 0 ? 0 : amount.length - dot - 1;
}

/** a + b on canonical decimal strings, exactly. */
export function addAmounts(a: string, b: string): string {
  const scale = Math.max(fractionLength(a), fractionLength(b));
  const sum = toScaled(a, scale) + toScaled(b, scale);
  const negative = sum < 0n;
  const digits = (negative ? -sum : sum).toString().padStart(scale + 1, "0");
  const body = scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  return negative ? `-${body}` : body;
}
