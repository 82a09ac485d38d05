/**
 * Bytes → parse results. Most files are parsed whole. A large CSV is cut into slices of whole records, each
 * parsed with the profile detected once on the file's start (and the file's own preamble and header put back
 * in front), so a million-row export never exists as a million objects at once, and the writer thread starts
 * on the first slice; a large single-statement OFX likewise (ofx-chunks.ts).
 */
import { detectFormat } from "../aggregators/file";
import { detectCsvProfile } from "../aggregators/file/csv";
import type { ParseResult } from "../aggregators/types";
import type { ImportInput } from "./types";
import { parseImportFile } from "./parse-input";
import { parseOfxInChunks, planOfxChunks } from "./ofx-chunks";

export interface ParseChunk {
  parse: ParseResult;
  /** Index of the chunk's first transaction in the whole file (rowKeys stay file-wide). */
  rowOffset: number;
  /** How far into the file's bytes this chunk reaches (for progress). */
  bytesEnd: number;
}

// Above this a CSV is cut: the writer thread starts on the first slice instead of waiting for the whole parse.
export const CHUNK_THRESHOLD_BYTES = 1024 * 1024;
// 128 KB (~2,900 CSV lines): a slice's rows are written before the garbage collector promotes them, so a 1M-row
// file's heap stays lower (peak RSS 391 MB against 406 at 256 KB) and the import is a little faster too.
const CHUNK_BYTES = 128 * 1024;
/** The first slice is small: the writer thread waits for it, and everything after overlaps. */
const FIRST_CHUNK_BYTES = 32 * 1024;
/** OFX says a transaction in ~5x the bytes of a CSV line: larger slices keep the per-slice work (head, plan) small. */
const OFX_CHUNK_FACTOR = 2;
const SAMPLE_BYTES = 2 * 1024 * 1024;
/**
 * A large CSV's profile is detected on its first 512 KB (10,000 lines or so: weeks of a household's history, past
 * day 12 of a month, so day-first and month-first dates are told apart). The whole 2 MB took ~0.15 s before the
 * writer thread had its first row.
 */
const CSV_SAMPLE_BYTES = 512 * 1024;
const NEWLINE = 0x0a;
const QUOTE = 0x22;

type Input = Pick<ImportInput, "bytes" | "format" | "encoding" | "csvProfile">;

export function* parseInChunks(input: Input, chunkBytes = CHUNK_BYTES, thresholdBytes = CHUNK_THRESHOLD_BYTES): Generator<ParseChunk> {
  const format = input.bytes.length > thresholdBytes ? input.format ?? detectFormat(input.bytes.subarray(0, SAMPLE_BYTES)) : null;
  const ofxPlan = format === "ofx" ? planOfxChunks(input.bytes, chunkBytes * OFX_CHUNK_FACTOR, Math.min(chunkBytes, FIRST_CHUNK_BYTES) * OFX_CHUNK_FACTOR) : null;
  if (ofxPlan) {
    yield* parseOfxInChunks(input, ofxPlan);
    return;
  }
  const plan = format === "csv" ? planCsvChunks(input) : null;
  if (!plan) {
    yield { parse: parseImportFile(input), rowOffset: 0, bytesEnd: input.bytes.length };
    return;
  }
  let rowOffset = 0;
  let line = plan.firstDataLine;
  for (let start = plan.dataOffset; start < input.bytes.length; ) {
    const end = recordBoundaryAfter(input.bytes, start, start === plan.dataOffset ? Math.min(chunkBytes, FIRST_CHUNK_BYTES) : chunkBytes);
    const slice = concat(input.bytes.subarray(0, plan.dataOffset), input.bytes.subarray(start, end));
    const parse = parseImportFile({ bytes: slice, format: "csv", encoding: plan.encoding, csvProfile: plan.profile });
    // Warnings name lines of the slice: shift them back to the file's own line numbers.
    parse.warnings = parse.warnings.map((w) => (w.line !== undefined && w.line >= plan.firstDataLine ? { ...w, line: w.line + line - plan.firstDataLine } : w));
    yield { parse, rowOffset, bytesEnd: end };
    rowOffset += parse.statements.reduce((n, s) => n + s.transactions.length, 0);
    line += countNewlines(input.bytes, start, end);
    start = end;
  }
}

/**
 * An iterable whose first item can be taken early (pullFirst), e.g. parsed while the import's writer thread
 * starts; iterating then yields that item and the rest, once.
 */
export function withFirstPulled<T>(items: Iterable<T>): Iterable<T> & { pullFirst(): void } {
  const iterator = items[Symbol.iterator]();
  let first: IteratorResult<T> | null = null;
  return {
    pullFirst() {
      first ??= iterator.next();
    },
    *[Symbol.iterator]() {
      const head = first ?? iterator.next();
      first = null;
      if (head.done) return;
      yield head.value;
      for (let next = iterator.next(); !next.done; next = iterator.next()) yield next.value;
    },
  };
}

interface CsvChunkPlan {
  profile: unknown;
  encoding: string;
  /** Byte offset of the first data line (preamble and header come before it). */
  dataOffset: number;
  firstDataLine: number;
}

function planCsvChunks(input: Input): CsvChunkPlan | null {
  const { bytes } = input;
  const sample = bytes.subarray(0, recordBoundaryAfter(bytes, 0, CSV_SAMPLE_BYTES));
  const detection = detectCsvProfile(sample, input.encoding ? { encoding: input.encoding } : {});
  // Byte-level cutting needs an ASCII-compatible encoding and "\n" line ends; anything else is parsed whole.
  if (/utf-?16|utf-?32/i.test(detection.encoding) || !sample.includes(NEWLINE)) return null;
  const profile = input.csvProfile ?? detection.profile;
  if (!profile) return null; // parsed whole, so the user gets the parser's own message
  const dataOffset = offsetOfLine(bytes, detection.dataStartLine);
  if (dataOffset === null) return null;
  return { profile, encoding: detection.encoding, dataOffset, firstDataLine: detection.dataStartLine };
}

/** The end of the first "\n" at or after start + size that is not inside a quoted field. */
function recordBoundaryAfter(bytes: Uint8Array, start: number, size: number): number {
  const target = start + size;
  if (target >= bytes.length) return bytes.length;
  let isQuoted = false;
  for (let i = start; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === QUOTE) isQuoted = !isQuoted;
    else if (byte === NEWLINE && !isQuoted && i + 1 >= target) return i + 1;
  }
  return bytes.length;
}

function offsetOfLine(bytes: Uint8Array, lineNumber: number): number | null {
  let line = 1;
  for (let i = 0; i < bytes.length && line < lineNumber; i++) {
    if (bytes[i] === NEWLINE && ++line === lineNumber) return i + 1;
  }
  return line === lineNumber ? 0 : null;
}

function countNewlines(bytes: Uint8Array, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) if (bytes[i] === NEWLINE) count++;
  return count;
}

function concat(head: Uint8Array, tail: Uint8Array): Uint8Array {
  const out = new Uint8Array(head.length + tail.length);
  out.set(head, 0);
  out.set(tail, head.length);
  return out;
}
