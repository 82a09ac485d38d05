/**
 * CAMT amounts: a plain decimal in the element text, the currency in its Ccy attribute, the direction in a
 * sibling CdtDbtInd. We turn them into canonical signed decimal strings at the currency's exponent.
 */
import { AppError } from "../../../errors";
import { normalizeDecimal, normalizeCurrency } from "../../../money";
import type { ParseWarning } from "../../types";
import { attributeAt, textAt } from "./xml-path";

export interface CamtAmount {
  /** Unsigned canonical decimal ("754.25"). */
  value: string;
  currency: string | null;
}

/** What amount reading noticed across a statement (reported once, not per amount). */
export interface AmountNotes {
  hasNoCurrency: boolean;
}

const PLAIN_DECIMAL = /^[+-]?\d+(\.\d+)?$/;

export function parseError(element: string, message: string): AppError {
  return new AppError("PARSE_ERROR", `CAMT ${element}: ${message}`, {
    userMessage: `This CAMT file cannot be read: ${message} (at ${element}).`,
    details: { element },
  });
}

/**
 * Reads <Amt Ccy="…">…</Amt> under `node`. Currency "XXX" (ISO's "no currency", used by anonymised exports)
 * counts as unknown so the import falls back to the account's currency instead of booking in XXX.
 */
export function readAmount(node: unknown, element: string, notes: AmountNotes, name = "Amt"): { amount: CamtAmount; isNegative: boolean } | null {
  const raw = textAt(node, name);
  if (raw === null) return null;
  if (!PLAIN_DECIMAL.test(raw)) throw parseError(`${element}/${name}`, `"${raw.slice(0, 40)}" is not an amount`);
  const declared = attributeAt(node, "Ccy", name);
  if (declared === "XXX") notes.hasNoCurrency = true;
  const currency = declared === "XXX" ? null : normalizeCurrency(declared);
  const isNegative = raw.startsWith("-");
  const digits = raw.replace(/^[+-]/, "");
  return { amount: { value: canonical(digits, currency, `${element}/${name}`), currency }, isNegative };
}

function canonical(digits: string, currency: string | null, element: string): string {
  if (currency) {
    try {
      return normalizeDecimal(digits, currency);
    } catch {
      throw parseError(element, `${digits} has more decimals than ${currency} allows`);
    }
  }
  const [whole = "0", fraction] = digits.split(".");
  const trimmedWhole = whole.replace(/^0+(?=\d)/, "");
  return fraction === undefined ? trimmedWhole : `${trimmedWhole}.${fraction}`;
}

/** Applies a direction to an unsigned canonical amount; zero never gets a sign. */
export function signed(value: string, isNegative: boolean): string {
  return isNegative && /[1-9]/.test(value) ? `-${value}` : value;
}

/** CRDT / DBIT → whether money leaves the account; null when missing or unknown. */
export function readIsDebit(node: unknown): boolean | null {
  const indicator = textAt(node, "CdtDbtInd")?.toUpperCase();
  if (indicator === "DBIT") return true;
  if (indicator === "CRDT") return false;
  return null;
}

export function warnXxx(warnings: ParseWarning[], element: string): void {
  warnings.push({ element, message: 'Currency "XXX" (no currency) treated as unknown: the account\'s currency applies' });
}
