/**
 * Bytes → CSV text: encoding (shared detection in ../encoding), then the checks that make binary or empty input
 * fail fast with one clear error, and the line-ending choice papaparse needs (LF, CRLF, CR only, CR CR LF, mixed).
 */
import { AppError } from "../../../errors";
import { decodeBytes } from "../encoding";

export interface CsvText {
  text: string;
  encoding: string;
  /** What papaparse splits records on. CRLF files use "\n": the stray "\r" is trimmed with the field. */
  newline: "\n" | "\r";
}

const PROBE_CHARS = 65_536;

const MAX_FIRST_LINE_BYTES = 256 * 1024;

/**
 * `forcedEncoding` is the user's own choice (--encoding) and wins; `profileEncoding` (what a saved profile says)
 * is only a declaration, checked against the bytes like any header: a bank may change its export's encoding.
 */
export function decodeCsvText(bytes: Uint8Array, forcedEncoding?: string, profileEncoding?: string): CsvText {
  if (bytes.length === 0) throw new AppError("PARSE_ERROR", "The file is empty.", { details: { line: 1 } });
  assertFirstLineEnds(bytes);
  const decoded = decodeBytes(bytes, { forced: forcedEncoding ?? null, declared: profileEncoding ?? null });
  let text = decoded.text;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // DOS end-of-file marker (Ctrl-Z) some exporters still append.
  while (text.length && (text.charCodeAt(text.length - 1) === 0x1a || text.charCodeAt(text.length - 1) === 0)) text = text.slice(0, -1);
  assertTextual(text);
  if (text.trim() === "") throw new AppError("PARSE_ERROR", "The file is empty (only blank lines).", { details: { line: 1 } });
  const newline = chooseNewline(text);
  if (newline === "mixed") return { text: text.replace(/\r\n?/g, "\n"), encoding: decoded.encoding, newline: "\n" };
  return { text, encoding: decoded.encoding, newline };
}

/** A first line over 256 KB is no bank export: refuse before decoding a 200 MB single line. */
function assertFirstLineEnds(bytes: Uint8Array): void {
  if (bytes.length <= MAX_FIRST_LINE_BYTES) return;
  const head = bytes.subarray(0, MAX_FIRST_LINE_BYTES);
  if (head.indexOf(0x0a) >= 0 || head.indexOf(0x0d) >= 0) return;
  throw new AppError("PARSE_ERROR", `Line 1: longer than ${MAX_FIRST_LINE_BYTES / 1024} KB without a line break: not a bank CSV.`, {
    userMessage: "This file is not a bank CSV: its first line (line 1) never ends.",
    details: { line: 1 },
  });
}

/** NUL bytes or many control characters in the first 64 KB mean this is not text (a spreadsheet, an image…). */
function assertTextual(text: string): void {
  const end = Math.min(text.length, PROBE_CHARS);
  let controls = 0;
  let replacements = 0;
  let firstBadAt = -1;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    const isControl = (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0x7f;
    if (code === 0xfffd) replacements++;
    if (isControl || code === 0xfffd) {
      if (isControl) controls++;
      if (firstBadAt < 0) firstBadAt = i;
    }
    if (code === 0) return failBinary(text, i);
  }
  if (controls > 8 && controls > end / 100) failBinary(text, firstBadAt);
  if (replacements > 8 && replacements > end / 50) failBinary(text, firstBadAt);
}

function failBinary(text: string, offset: number): never {
  const line = lineAt(text, offset);
  throw new AppError("PARSE_ERROR", `Line ${line}: binary content, this is not a CSV text file.`, {
    userMessage: `This file is not a CSV text file (binary content on line ${line}).`,
    details: { line },
  });
}

export function lineAt(text: string, offset: number): number {
  let line = 1;
  let index = text.indexOf("\n");
  while (index >= 0 && index < offset) {
    line++;
    index = text.indexOf("\n", index + 1);
  }
  return line;
}

function chooseNewline(text: string): "\n" | "\r" | "mixed" {
  const probe = text.slice(0, PROBE_CHARS);
  let lf = 0;
  let loneCr = 0;
  for (let i = 0; i < probe.length; i++) {
    const code = probe.charCodeAt(i);
    if (code === 10) lf++;
    else if (code === 13 && probe.charCodeAt(i + 1) !== 10 && probe.charCodeAt(i + 1) !== 13) loneCr++;
  }
  if (loneCr === 0) return "\n";
  if (lf === 0) return "\r";
  return "mixed";
}
