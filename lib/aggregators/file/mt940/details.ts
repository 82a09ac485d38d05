/**
 * :86: information to account owner → label, payee, memo. Recognises the German ?-subfield layout (and
 * Triodos' ">"), SWIFT /KEY/ codes, mBank's "KEY: value;" list, and falls back to the free text.
 * Physical lines are re-joined first: a full 65-character line was wrapped mid-word, a shorter one ended a phrase.
 */
import { readGermanStructured, squash, structuredSeparator, type Mt940Texts } from "./structured-german";
import { isSwiftStructured, readSwiftStructured } from "./structured-swift";

export type { Mt940Texts } from "./structured-german";

const FULL_LINE = 65;

/** Re-joins the physical lines of one :86: field. */
export function joinLines(lines: readonly string[], alwaysGlue: boolean): string {
  let joined = "";
  let previous = "";
  for (const line of lines) {
    const glue = alwaysGlue || previous.length >= FULL_LINE || /\s$/.test(previous) || /^\s/.test(line);
    joined += joined && !glue ? ` ${line}` : line;
    previous = line;
  }
  return joined;
}

/** mBank (Poland): "911 TRANSAKCJA COLLECT; … OD: JAN NOWAK …; TYT.: PRZELEW SRODKOW ; TNR: …". */
function readSemicolonList(text: string): Mt940Texts | null {
  if (!/;\s*(TYT\.|OD|DO):/.test(text)) return null;
  const entries = new Map<string, string>();
  const free: string[] = [];
  for (const part of text.split(";")) {
    const colon = part.indexOf(":");
    if (colon > 0 && colon < 12) entries.set(part.slice(0, colon).trim(), part.slice(colon + 1).trim());
    else if (part.trim()) free.push(part.trim());
  }
  const payee = squash(entries.get("OD") ?? entries.get("DO"));
  return { label: squash(entries.get("TYT.")) ?? squash(free.join(" ")) ?? payee, payee, memo: squash(free.join(" ")) };
}

/** Knab (NL) free text: "REK: NL26ABNA0999999999/NAAM: BEDRIJF VOF". */
function knabName(text: string): string | null {
  const at = text.lastIndexOf("NAAM:");
  return at >= 0 ? squash(text.slice(at + 5)) : null;
}

/** `fields` holds each :86: of the entry (old Rabobank writes one per line). */
export function readDetails(fields: readonly (readonly string[])[]): Mt940Texts {
  const first = fields[0]?.join("") ?? "";
  const separator = structuredSeparator(first);
  if (separator) return readGermanStructured(fields.map((lines) => joinLines(lines, true)).join(""), separator);
  // /KEY/ texts carry no line breaks of their own: every break is a wrap (ING cuts "22-08" | "-2014" short of 65).
  if (isSwiftStructured(first)) {
    const text = fields.map((lines) => joinLines(lines, true)).join("");
    const structured = readSwiftStructured(text);
    return structured.label ? structured : { ...structured, label: squash(text) };
  }
  const text = fields.map((lines) => joinLines(lines, false)).join(" ");
  return readSemicolonList(text) ?? { label: squash(text), payee: knabName(text), memo: null };
}
