/**
 * SWIFT/Dutch-style :86: with /KEY/ codes: "/TRTP/SEPA OVERBOEKING/IBAN/NL…/BIC/…/NAME/J DOE/REMI/Invoice 12/EREF/…"
 * (ING, ABN AMRO, bunq, Rabobank new format), "/ORDP//NAME/…", "/CNTP/iban/bic/name/city/", and HSBC's
 * "/OCMT/USD2853,12/" original amount. Only known keys split the text, so a "/" inside REMI stays.
 */
import type { Mt940Texts } from "./structured-german";
import { squash } from "./structured-german";

const KEYS = [
  "TRTP", "IBAN", "BIC", "NAME", "REMI", "EREF", "MARF", "CSID", "ORDP", "BENM", "ADDR", "CNTP", "OCMT", "CHGS", "RTRN",
  "PURP", "ULTC", "ULTD", "ULTB", "ISDT", "PREF", "SVCL", "OGB", "OSDR", "ACCW", "BUSP", "EXCH", "ID",
];
const KEY_PATTERN = new RegExp(`/(${KEYS.join("|")})/`, "g");

export function isSwiftStructured(text: string): boolean {
  return /^\s*\/[A-Z]{2,4}\//.test(text.slice(0, 12)) && new RegExp(`^\\s*/(${KEYS.join("|")})/`).test(text.slice(0, 12));
}

function splitKeys(text: string): { values: Map<string, string>; free: string[] } {
  const values = new Map<string, string>();
  const free: string[] = [];
  const matches = [...text.matchAll(KEY_PATTERN)];
  const leading = text.slice(0, matches[0]?.index ?? text.length).trim();
  if (leading) free.push(leading);
  matches.forEach((match, index) => {
    const start = (match.index ?? 0) + match[0].length;
    const end = matches[index + 1]?.index ?? text.length;
    const key = match[1] as string;
    const value = text.slice(start, end).replace(/\/+\s*$/, "").trim();
    if (!values.has(key)) values.set(key, value);
  });
  return { values, free };
}

/** "/REMI/USTD//Invoice 12/" → "Invoice 12"; "/REMI/STRD/CUR/RF18…/" → "RF18…". */
function remittance(value: string | undefined): string | null {
  if (!value) return null;
  return squash(value.replace(/^USTD\/\//, "").replace(/^STRD\/[A-Z]{3,4}\//, ""));
}

/** Name out of "/ORDP//NAME/x" (already split), "/CNTP/iban/bic/name/city". */
function counterpartyName(values: Map<string, string>): string | null {
  const name = squash(values.get("NAME"));
  if (name) return name;
  const contra = values.get("CNTP")?.split("/");
  return squash(contra?.[2]);
}

function originalAmount(values: Map<string, string>, free: string[]): Mt940Texts["originalAmount"] {
  const ocmt = values.get("OCMT");
  if (!ocmt) return null;
  const match = /^([A-Z]{3})(\d[\d,.]*)\/?(.*)$/.exec(ocmt.slice(0, 200));
  if (!match) return null;
  if (match[3]?.trim()) free.push(match[3].trim());
  const [whole = "0", fraction = ""] = (match[2] as string).split(/[,.]/);
  return { currency: match[1] as string, value: fraction ? `${whole}.${fraction}` : whole };
}

export function readSwiftStructured(text: string): Mt940Texts {
  const { values, free } = splitKeys(text);
  const original = originalAmount(values, free);
  const payee = counterpartyName(values);
  const remitted = remittance(values.get("REMI"));
  const label = remitted ?? squash(free.join(" ")) ?? payee ?? squash(values.get("TRTP"));
  const memo = [squash(values.get("TRTP")), values.get("EREF") && values.get("EREF") !== "NOTPROVIDED" ? `EREF ${values.get("EREF")}` : null]
    .filter((part): part is string => !!part && part !== label);
  const account = squash(values.get("IBAN")) ?? squash(values.get("CNTP")?.split("/")[0]);
  return { label, payee, memo: memo.length ? memo.join(" / ") : null, counterpartyAccount: account, originalAmount: original };
}
