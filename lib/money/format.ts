/** Display formatting with Intl. Input is minor units; the conversion to text stays exact. */
import { fromMinor } from "./minor";
import { currencyExponent } from "./currency";

export function formatMoney(minor: bigint, currency: string, locale = "en"): string {
  const exponent = currencyExponent(currency);
  const formatter = new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  });
  // Intl accepts decimal strings exactly (no float round trip) since ES2023's Intl.NumberFormat v3.
  return formatter.format(fromMinor(minor, currency) as unknown as number);
}

export function formatSignedMoney(minor: bigint, currency: string, locale = "en"): string {
  const text = formatMoney(minor, currency, locale);
  return minor > 0n ? `+${text}` : text;
}
