/** Robust statistics on day intervals and amounts (median and median absolute deviation). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function medianAbsoluteDeviation(values: readonly number[]): number {
  const m = median(values);
  return median(values.map((v) => Math.abs(v - m)));
}

export function absBig(value: bigint): bigint {
  return value < 0n ? -value : value;
}

/** How far an amount may drift and still be the same series: 10 % of it, at least 1.00 in minor units of 2 decimals. */
export function amountToleranceMinor(amountMinor: bigint): bigint {
  const tenth = absBig(amountMinor) / 10n;
  return tenth > 100n ? tenth : 100n;
}
