/**
 * MT940/MT942 text → statements made of tagged fields. Tolerates what real files carry around the SWIFT
 * fields: bank header lines (ABNANL2A / 940), ":940:" lines, {1:…}{2:…}{4: envelopes and "-}{5:}" trailers,
 * SOH/ETX framing, a DOS Ctrl-Z, CR / LF / CRLF / CR CR LF line ends. Linear: one pass, no backtracking regex.
 */
import { AppError } from "../../../errors";

export interface Mt940Field {
  tag: string;
  /** The first line's text after ":tag:", then every continuation line, as written. */
  lines: string[];
  /** 1-based line number of the tag in the file. */
  line: number;
}

export interface Mt940Block {
  fields: Mt940Field[];
  line: number;
}

/** A SWIFT line holds at most 65 characters; anything this long is not MT940 (e.g. a 200 MB single line). */
export const MAX_LINE_CHARS = 10_000;

// eslint-disable-next-line no-control-regex -- stripping SWIFT framing bytes (SOH, ETX, Ctrl-Z) is the point
const CONTROL_BYTES = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
const TAG = /^:(\d{2,3}[A-Z]?|NS):/;

export function mt940Error(line: number, message: string): AppError {
  return new AppError("PARSE_ERROR", `MT940 line ${line}: ${message}`, {
    userMessage: `This MT940 file cannot be read: ${message} (line ${line}).`,
    details: { line },
  });
}

/**
 * Splits on any line end without building a regex over the whole text (CR CR LF counts as one break).
 * Stops at the first over-long line, so a 200 MB single line fails fast instead of being scanned and copied.
 */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 13) {
      if (i - start >= MAX_LINE_CHARS) throw mt940Error(lines.length + 1, `the line is longer than ${MAX_LINE_CHARS} characters (SWIFT lines hold 65)`);
      continue;
    }
    lines.push(text.slice(start, i));
    let next = i + 1;
    while (next < text.length && text.charCodeAt(next) === 13) next++;
    if (next < text.length && text.charCodeAt(next) === 10) next++;
    else if (code === 13 && next > i + 1) next = i + 1; // CR CR without LF: two breaks
    i = next - 1;
    start = next;
  }
  if (text.length - start > MAX_LINE_CHARS) throw mt940Error(lines.length + 1, `the line is longer than ${MAX_LINE_CHARS} characters (SWIFT lines hold 65)`);
  lines.push(text.slice(start));
  return lines;
}

export function splitStatements(text: string): Mt940Block[] {
  const blocks: Mt940Block[] = [];
  let block: Mt940Block | null = null;
  let field: Mt940Field | null = null;
  const lines = splitLines(text);
  for (let index = 0; index < lines.length; index++) {
    const lineNumber = index + 1;
    let line = (lines[index] as string).replace(CONTROL_BYTES, "");
    if (line.startsWith("{")) {
      // SWIFT envelope "{1:…}{2:…}{3:}{4:" — the fields start after "{4:".
      const body = line.indexOf("{4:");
      if (body < 0) continue;
      line = line.slice(body + 3);
      if (!line.trim()) continue;
    }
    if (line === "-" && field?.tag === "86" && block && !block.fields.some((f) => f.tag.startsWith("62"))) {
      // A statement ends after its closing balance: a lone "-" inside an entry's :86: is text (old ING wraps
      // "/MARF/MND" | "-" | "EV01" over three lines).
      field.lines.push(line);
      continue;
    }
    if (line === "-" || line.startsWith("-}")) {
      field = null; // end of a statement (or of its envelope)
      continue;
    }
    const tag = TAG.exec(line);
    if (tag) {
      const name = tag[1] as string;
      if (name === "20") {
        block = { fields: [], line: lineNumber };
        blocks.push(block);
      }
      if (!block) {
        field = null; // ":940:" and other preamble before the first :20:
        continue;
      }
      field = { tag: name, lines: [line.slice(tag[0].length)], line: lineNumber };
      block.fields.push(field);
      continue;
    }
    if (field) field.lines.push(line);
  }
  return blocks;
}
