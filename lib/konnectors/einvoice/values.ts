/** Reading e-invoice scalar values: xs:decimal amounts and the date formats of CII (102) and UBL (ISO). */
import { parseAmount } from "../../money";
import { makeIsoDay } from "../../dates";

const XS_DECIMAL = /^([+-])?(\d*)(?:\.(\d*))?$/;

/** "1030" → "1030", "+9.00" → "9.00", ".5" → "0.5", "-0" → "0"; anything else goes through parseAmount. */
export function readDecimal(text: string | null): string | null {
  if (text === null) return null;
  const trimmed = text.trim();
  const match = XS_DECIMAL.exec(trimmed);
  if (match && (match[2] || match[3])) {
    const whole = (match[2] ?? "").replace(/^0+(?=\d)/, "") || "0";
    const body = match[3] ? `${whole}.${match[3]}` : whole;
    return match[1] === "-" && /[1-9]/.test(body) ? `-${body}` : body;
  }
  return parseAmount(trimmed);
}

/** CII udt:DateTimeString (format 102 = YYYYMMDD, 610 = YYYYMM, the first day) or an ISO date (UBL, some CII). */
export function readInvoiceDate(text: string | null, format: string | null = null): string | null {
  if (!text) return null;
  const value = text.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})/.exec(value);
  if ((format === null || format === "102") && compact) return makeIsoDay(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const month = /^(\d{4})(\d{2})$/.exec(value);
  if (format === "610" && month) return makeIsoDay(Number(month[1]), Number(month[2]), 1);
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return makeIsoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return null;
}

/** IBANs are often written in groups ("DE12 1234 …"): keep the compact form. */
export function compactIban(text: string | null): string | null {
  if (!text) return null;
  const compact = text.replace(/\s+/g, "").toUpperCase();
  return compact || null;
}
