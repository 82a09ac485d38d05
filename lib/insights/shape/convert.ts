/**
 * Converted totals for multi-currency households: per-currency sums turned into one currency with the rates
 * the user entered (ExchangeRate rows, direct or inverse). Exact decimals, rounded half-even once. Pure.
 */
import Decimal from "decimal.js";
import { currencyExponent, fromMinor } from "../../money";

export interface Rate {
  fromCurrency: string;
  toCurrency: string;
  /** Decimal string: one unit of fromCurrency is worth `rate` units of toCurrency. */
  rate: string;
}

export function findRate(rates: readonly Rate[], from: string, to: string): Decimal | null {
  if (from === to) return new Decimal(1);
  const direct = rates.find((r) => r.fromCurrency === from && r.toCurrency === to);
  if (direct) return new Decimal(direct.rate);
  const inverse = rates.find((r) => r.fromCurrency === to && r.toCurrency === from);
  if (inverse && !new Decimal(inverse.rate).isZero()) return new Decimal(1).div(inverse.rate);
  return null;
}

/** Minor units of `from` → minor units of `to`, or null without a rate. */
export function convertMinor(minor: bigint, from: string, to: string, rates: readonly Rate[]): bigint | null {
  const rate = findRate(rates, from, to);
  if (!rate) return null;
  const converted = new Decimal(fromMinor(minor, from)).mul(rate).mul(new Decimal(10).pow(currencyExponent(to)));
  return BigInt(converted.toDecimalPlaces(0, Decimal.ROUND_HALF_EVEN).toFixed(0));
}

/** The sum of per-currency amounts in `target`; `missing` lists currencies without a rate (then the total is partial). */
export function convertTotals(totals: readonly { currency: string; minor: bigint }[], target: string, rates: readonly Rate[]): { totalMinor: bigint; missing: string[] } {
  let totalMinor = 0n;
  const missing: string[] = [];
  for (const { currency, minor } of totals) {
    const converted = convertMinor(minor, currency, target, rates);
    if (converted === null) missing.push(currency);
    else totalMinor += converted;
  }
  return { totalMinor, missing };
}
