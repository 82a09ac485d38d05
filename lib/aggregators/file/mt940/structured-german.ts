/**
 * German structured :86: (DFÜ-Abkommen / SEPA): "166?00GUTSCHRIFT?100399?20EREF+…?21…?30BIC?31IBAN?32Name?33Name".
 * ?00 posting text, ?20–?29 and ?60–?63 purpose lines, ?30 bank, ?31 account, ?32–?33 counterparty name.
 * Triodos uses the same layout with ">" as separator. SEPA keywords (EREF+, SVWZ+, …) split the purpose.
 */
export interface Mt940Texts {
  label: string | null;
  payee: string | null;
  memo: string | null;
  counterpartyAccount?: string | null;
  originalAmount?: { value: string; currency: string } | null;
}

const SEPA_KEYS = ["EREF", "KREF", "MREF", "CRED", "DEBT", "SVWZ", "ABWA", "ABWE", "IBAN", "BIC", "COAM", "OAMT", "PURP", "RTRN"];

/** "?" or ">" when the text is in the structured layout ("123?00…", "000>10…"), else null. */
export function structuredSeparator(text: string): string | null {
  const match = /^\s*(?:\d{3})?([?>])\d{2}/.exec(text.slice(0, 12));
  return match ? (match[1] as string) : null;
}

/** Subfield pieces are fixed-width (27): a full piece continues in the next, a short one ends a phrase. */
function joinFixedWidth(pieces: string[]): string {
  let joined = "";
  let previous = 0;
  for (const piece of pieces) {
    joined += joined && previous < 27 ? ` ${piece}` : piece;
    previous = piece.length;
  }
  return joined;
}

/** Splits "EREF+x SVWZ+y" on SEPA keywords; text before the first keyword is kept under "". */
function splitSepa(purpose: string): Map<string, string> {
  const found = new Map<string, string>();
  const pattern = new RegExp(`(${SEPA_KEYS.join("|")})\\+`, "g");
  let key = "";
  let start = 0;
  for (let match = pattern.exec(purpose); match; match = pattern.exec(purpose)) {
    const before = purpose.slice(start, match.index).trim();
    if (before || key) found.set(key, before);
    key = match[1] as string;
    start = match.index + match[0].length;
  }
  found.set(key, purpose.slice(start).trim());
  return found;
}

export function readGermanStructured(text: string, separator: string): Mt940Texts {
  const fields = new Map<string, string[]>();
  const pieces = text.split(separator);
  for (const piece of pieces.slice(1)) {
    const code = piece.slice(0, 2);
    if (!/^\d\d$/.test(code)) continue;
    const list = fields.get(code) ?? [];
    list.push(piece.slice(2));
    fields.set(code, list);
  }
  const get = (code: string) => (fields.get(code) ?? []).join("");
  const purposeCodes = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "60", "61", "62", "63"];
  const purpose = squash(joinFixedWidth(purposeCodes.flatMap((code) => fields.get(code) ?? [])));
  const postingText = squash(get("00"));
  const payee = squash(joinFixedWidth([get("32"), get("33")].filter(Boolean)));
  const account = squash(get("31"));

  let label = purpose;
  const memo: string[] = [];
  if (postingText) memo.push(postingText);
  if (purpose) {
    const sepa = splitSepa(purpose);
    const svwz = sepa.get("SVWZ");
    if (svwz) {
      label = svwz;
      for (const key of ["EREF", "MREF", "CRED"]) {
        const value = sepa.get(key);
        if (value && value !== "NOTPROVIDED") memo.push(`${key}+${value}`);
      }
    }
  }
  return { label: label ?? postingText ?? payee, payee, memo: memo.length ? memo.join(" / ") : null, counterpartyAccount: account };
}

export function squash(text: string | null | undefined): string | null {
  if (!text) return null;
  const squashed = text.replace(/\s+/g, " ").trim();
  return squashed ? squashed : null;
}
