/** ISO 4217 currencies and their minor-unit exponents. */

// Every ISO 4217 code has exponent 2 unless listed here (ISO 4217 amendment 176 table).
const EXPONENT_OVERRIDES: Readonly<Record<string, number>> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0,
  UGX: 0, UYI: 0, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  CLF: 4, UYW: 4,
  // Precious metals, SDR and testing codes have no minor unit; we treat them as 0.
  XAG: 0, XAU: 0, XBA: 0, XBB: 0, XBC: 0, XBD: 0, XDR: 0, XPD: 0, XPT: 0, XSU: 0, XTS: 0, XUA: 0, XXX: 0,
};

let knownCodes: Set<string> | undefined;

function supportedCodes(): Set<string> {
  if (!knownCodes) {
    knownCodes = new Set([...Intl.supportedValuesOf("currency"), ...Object.keys(EXPONENT_OVERRIDES)]);
  }
  return knownCodes;
}

export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && supportedCodes().has(code);
}

/** Normalizes a currency code ("eur " → "EUR"); returns null when it is not ISO 4217. */
export function normalizeCurrency(code: string | null | undefined): string | null {
  if (!code) return null;
  const upper = code.trim().toUpperCase();
  return isCurrencyCode(upper) ? upper : null;
}

export function currencyExponent(code: string): number {
  return EXPONENT_OVERRIDES[code.toUpperCase()] ?? 2;
}
