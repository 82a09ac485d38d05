/**
 * :25: account identification, as banks write it: "NL81ASNB9999999999", "NL10BUNQ2290325473 EUR",
 * "50880050/0194774600888" (BLZ/number), "2100123456/2010" (number/bank code), "UBRTHUHB/123456789150ABCDEF002/HUF", "1291.99.348EUR", "517852257".
 */
import { normalizeCurrency } from "../../../money";
import type { NormalizedAccount } from "../../types";

const IBAN = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/;

export function isIbanLike(value: string): boolean {
  return IBAN.test(value);
}

/**
 * Strips a trailing currency written as " EUR", "/HUF" or glued to the number ("1291.99.348EUR",
 * Rabobank's "NL20RABO0123456789EUR"): account numbers and IBANs end in a digit, so three letters after one are a currency.
 */
function splitCurrency(text: string): { rest: string; currency: string | null } {
  const separated = /^(.+?)[\s/]+([A-Z]{3})$/.exec(text);
  const glued = separated ? null : /^(.*\d)([A-Z]{3})$/.exec(text);
  const match = separated ?? glued;
  const currency = match ? normalizeCurrency(match[2]) : null;
  return match && currency ? { rest: (match[1] as string).trim(), currency } : { rest: text, currency: null };
}

export function readAccount(text: string | null, currency: string | null): NormalizedAccount {
  const raw = (text ?? "").trim().slice(0, 80); // a :25: holds at most 35 characters
  const { rest, currency: suffixCurrency } = splitCurrency(raw);
  const slash = rest.indexOf("/");
  const before = slash > 0 ? rest.slice(0, slash).trim() : "";
  const after = (slash > 0 ? rest.slice(slash + 1) : rest).trim();
  // Czech and Slovak accounts are written number/bank code ("2100123456/2010", "19-2000145399/0800"): a 4-digit
  // code after the slash; German ones BLZ/number ("50010517/1234567890").
  const isNumberFirst = slash > 0 && /^\d{4}$/.test(after) && !/^\d{4}$/.test(before);
  const bankId = slash > 0 ? (isNumberFirst ? after : before) : null;
  const number = (isNumberFirst ? before : after) || null;
  const compact = number?.replace(/\s+/g, "") ?? "";
  const iban = isIbanLike(compact) ? compact : null;
  return {
    externalId: iban ?? (number ? (bankId ? `${before}/${after}` : number) : null),
    iban,
    number: iban ? null : number,
    bankId,
    name: null,
    type: "checking",
    currency: currency ?? suffixCurrency,
  };
}
