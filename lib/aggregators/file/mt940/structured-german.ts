/**
 * German structured :86: (DFÜ-Abkommen / SEPA): "166?00GUTSCHRIFT?100399?20EREF+…?21…?30BIC?31IBAN?32Name?33Name".
 * ?00 posting text, ?20–?29 and ?60–?63 purpose lines, ?30 bank, ?31 account, ?32–?33 counterparty name.
 * Triodos uses the same layout with ">" as separator, Romanian BRD with "+". SEPA keywords (EREF+, SVWZ+, …) split the purpose.
 */
export interface Mt940Texts {
  label: string | null;
  payee: string | null;
  memo: string | null;
  counterpartyAccount?: string | null;
  originalAmount?: { value: string; currency: string } | null;
}

const SEPA_KEYS = ["EREF", "KREF", "MREF", "CRED", "DEBT", "SVWZ", "ABWA", "ABWE", "IBAN", "BIC", "COAM", "OAMT", "PURP", "RTRN"];
const SEPA_PATTERN = new RegExp(`(${SEPA_KEYS.join("|")})\\+`, "g");
const PURPOSE_CODES = [20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 60, 61, 62, 63];

/**
 * "?" or ">" when the text is in the structured layout ("123?00…", "000>10…"), or "+" after a transaction code
 * (Romanian BRD: "000+20Plata+32RUSSMEDIA PRESS SRL"); else null.
 */
export function structuredSeparator(text: string): string | null {
  const match = /^\s*(?:\d{3}([?>+])|([?>]))\d{2}/.exec(text.slice(0, 12));
  return match ? ((match[1] ?? match[2]) as string) : null;
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
  if (!purpose.includes("+")) return found.set("", purpose);
  const pattern = SEPA_PATTERN;
  pattern.lastIndex = 0;
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

function isDigitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
}

/** The next separator that starts a subfield (followed by two digits); a "?" inside the text is just text. */
function nextSubfield(text: string, separator: string, from: number): number {
  for (let at = text.indexOf(separator, from); at >= 0; at = text.indexOf(separator, at + 1)) {
    if (isDigitAt(text, at + 1) && isDigitAt(text, at + 2)) return at;
  }
  return -1;
}

/** Subfields by number (0–99); a repeated code continues the previous piece. One pass, no regex. */
function readSubfields(text: string, separator: string): Array<string | undefined> {
  const fields: Array<string | undefined> = [];
  let at = nextSubfield(text, separator, 0);
  while (at >= 0) {
    const next = nextSubfield(text, separator, at + 3);
    const code = (text.charCodeAt(at + 1) - 48) * 10 + (text.charCodeAt(at + 2) - 48);
    const piece = text.slice(at + 3, next < 0 ? text.length : next);
    fields[code] = fields[code] === undefined ? piece : fields[code] + piece;
    at = next;
  }
  return fields;
}

export function readGermanStructured(text: string, separator: string): Mt940Texts {
  const fields = readSubfields(text, separator);
  const purposePieces: string[] = [];
  for (const code of PURPOSE_CODES) {
    const piece = fields[code];
    if (piece !== undefined) purposePieces.push(piece);
  }
  const joinedPurpose = squash(joinFixedWidth(purposePieces));
  const purpose = joinedPurpose && /[\p{L}\p{N}]/u.test(joinedPurpose) ? joinedPurpose : null; // "?20-" says nothing
  const postingText = squash(fields[0]);
  // "?33/" or "+33/": an empty second name line.
  const name = [fields[32], fields[33]].filter((piece): piece is string => !!piece && /[\p{L}\p{N}]/u.test(piece));
  const payee = squash(joinFixedWidth(name));
  const account = squash(fields[31]);

  let label = purpose;
  const memo: string[] = [];
  if (postingText) memo.push(postingText);
  if (purpose && purpose.includes("SVWZ+")) {
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

const SPACE_RUNS = /\s{2,}|[\t\n\r\f\v]/;

export function squash(text: string | null | undefined): string | null {
  if (!text) return null;
  // Most texts are already single-spaced: only rewrite those that need it.
  const squashed = SPACE_RUNS.test(text) ? text.replace(/\s+/g, " ").trim() : text.trim();
  return squashed ? squashed : null;
}
