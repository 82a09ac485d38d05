/**
 * A large single-statement OFX cut into slices of whole <STMTTRN> aggregates, each parsed as a small OFX file
 * (the file's own head up to the first transaction + the slice + the file's own tail from </BANKTRANLIST>), so
 * the import's writer thread starts on the first slice instead of waiting for the whole file's parse.
 * Only where slices provably read as the whole file does: ASCII bytes (each slice then decodes as the file
 * does), one bank or card statement, one transaction list, every STMTTRN closed, and a negative amount in every slice (the parser reads a statement without any negative
 * amount as "unsigned debits": a slice must never decide that differently from the file). Anything else, and
 * any error, goes through the whole-file parse (so errors name the file's own lines).
 */
import { isAscii } from "node:buffer";
import type { ParseResult, ParseWarning } from "../aggregators/types";
import { countRepeatedIds, isRepeatedIdsWarning, repeatedIdsWarning } from "../aggregators/file/ofx/statements";
import type { ImportInput } from "./types";
import { parseImportFile } from "./parse-input";

type Input = Pick<ImportInput, "bytes" | "format" | "encoding" | "csvProfile">;

interface OfxSlice {
  start: number;
  end: number;
}

interface OfxChunkPlan {
  /** Byte offset of <BANKTRANLIST>, of the first <STMTTRN> and of </BANKTRANLIST>. */
  listStart: number;
  headEnd: number;
  tailStart: number;
  slices: OfxSlice[];
}

const TAGS = ["<stmttrn>", "</stmttrn>", "<stmtrs>", "<ccstmtrs>", "<banktranlist>", "</banktranlist>", "<banktranlistp>", "<invstmtrs>"] as const;
type Tag = (typeof TAGS)[number];
const TAG_BYTES = TAGS.map((tag) => Buffer.from(tag, "latin1"));

/** ASCII case-insensitive match of a lower-case tag at `at` (| 0x20 lowers letters and leaves "<", "/", ">" alone). */
function isTagAt(bytes: Uint8Array, at: number, tag: Uint8Array): boolean {
  if (at + tag.length > bytes.length) return false;
  for (let k = 1; k < tag.length; k++) if ((bytes[at + k]! | 0x20) !== tag[k]) return false;
  return true;
}

/** Lower-cased letters a tracked tag's name may start with (s, b, c, i), or "/" for an end tag. */
const FIRST_BYTES = new Set(TAGS.map((tag) => tag.charCodeAt(1)));
const SECOND_BYTES = new Set(TAGS.filter((tag) => tag[1] === "/").map((tag) => tag.charCodeAt(2)));

/** Offsets of the tags that matter for cutting, in one pass over the bytes (any letter case). */
function scanTags(bytes: Buffer): Map<Tag, number[]> {
  const found = new Map<Tag, number[]>(TAGS.map((tag) => [tag, []]));
  // Buffer#indexOf: a third faster per call than Uint8Array#indexOf, and there is a call per "<".
  for (let at = bytes.indexOf(0x3c); at >= 0; at = bytes.indexOf(0x3c, at + 1)) {
    // Most tags (<TRNAMT>, <NAME>, <MEMO>…) are told apart by their first letter: no comparison loop for them.
    const first = bytes[at + 1]! | 0x20;
    if (!FIRST_BYTES.has(first) || (first === 0x2f && !SECOND_BYTES.has(bytes[at + 2]! | 0x20))) continue;
    for (let t = 0; t < TAGS.length; t++) {
      if (isTagAt(bytes, at, TAG_BYTES[t]!)) {
        found.get(TAGS[t]!)!.push(at);
        break;
      }
    }
  }
  return found;
}

/** Where to cut (the first slice about firstChunkBytes, the others chunkBytes), or null when the file must be parsed whole. */
export function planOfxChunks(bytes: Uint8Array, chunkBytes: number, firstChunkBytes = chunkBytes): OfxChunkPlan | null {
  if (!isAscii(bytes)) return null;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tags = scanTags(buffer);
  const offsets = (tag: Tag) => tags.get(tag)!;
  const opens = offsets("<stmttrn>");
  const closes = offsets("</stmttrn>");
  if (offsets("<stmtrs>").length + offsets("<ccstmtrs>").length !== 1 || offsets("<banktranlist>").length !== 1 || offsets("</banktranlist>").length !== 1) return null;
  if (offsets("<banktranlistp>").length || offsets("<invstmtrs>").length) return null;
  if (opens.length < 2 || closes.length !== opens.length) return null;
  const tailStart = offsets("</banktranlist>")[0]!;
  if (opens[0]! < offsets("<banktranlist>")[0]! || closes[closes.length - 1]! > tailStart) return null;
  const slices: OfxSlice[] = [];
  let start = opens[0]!;
  for (const open of opens) {
    if (open - start >= (slices.length ? chunkBytes : firstChunkBytes)) {
      slices.push({ start, end: open });
      start = open;
    }
  }
  slices.push({ start, end: tailStart });
  // A short first slice without a debit joins the next one rather than sending the whole file down the slow path.
  if (slices.length > 1 && !hasNegativeAmount(buffer, slices[0]!)) slices.splice(0, 2, { start: slices[0]!.start, end: slices[1]!.end });
  if (slices.some((s) => !hasNegativeAmount(buffer, s))) return null;
  return { listStart: offsets("<banktranlist>")[0]!, headEnd: opens[0]!, tailStart, slices };
}

const NEGATIVE = Buffer.from("<TRNAMT>-", "latin1");

function hasNegativeAmount(buffer: Buffer, slice: OfxSlice): boolean {
  const at = buffer.indexOf(NEGATIVE, slice.start);
  if (at >= 0 && at < slice.end) return true;
  return /<TRNAMT>\s*-/i.test(buffer.toString("latin1", slice.start, slice.end)); // a blank before the sign
}

function newlines(bytes: Uint8Array, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (bytes[i] === 0x0a) n++;
  return n;
}

/** Chunk line → file line: the head is the file's own, the slice and the tail are shifted back in place. */
function lineMapper(bytes: Uint8Array, plan: OfxChunkPlan, slice: OfxSlice): (line: number) => number {
  const sliceFirst = newlines(bytes, 0, plan.headEnd) + 1;
  const sliceLast = sliceFirst + newlines(bytes, slice.start, slice.end);
  const sliceFileLine = newlines(bytes, 0, slice.start) + 1;
  const tailFileLine = newlines(bytes, 0, plan.tailStart) + 1;
  return (line) => (line < sliceFirst ? line : line <= sliceLast ? line - sliceFirst + sliceFileLine : line - sliceLast + tailFileLine);
}

export function* parseOfxInChunks(input: Input, plan: OfxChunkPlan): Generator<{ parse: ParseResult; rowOffset: number; bytesEnd: number }> {
  const { bytes } = input;
  const head = bytes.subarray(0, plan.headEnd);
  const tail = bytes.subarray(plan.tailStart);
  const seenWarnings = new Set<string>();
  // A FITID repeated in two slices is one the whole file repeats: counted across slices, said once at the end.
  const seenIds = new Set<string>();
  let repeatedIds = 0;
  let rowOffset = 0;
  for (const [index, slice] of plan.slices.entries()) {
    const chunk = new Uint8Array(head.length + (slice.end - slice.start) + tail.length);
    chunk.set(head, 0);
    chunk.set(bytes.subarray(slice.start, slice.end), head.length);
    chunk.set(tail, head.length + slice.end - slice.start);
    let parse: ParseResult;
    try {
      parse = parseImportFile({ ...input, bytes: chunk, format: "ofx" });
    } catch (error) {
      parseImportFile(input); // the whole file's own error, with its own line numbers
      throw error;
    }
    // Counting lines walks the file up to the slice: only for slices that have something to say.
    const toFileLine = parse.warnings.some((w) => w.line !== undefined) ? lineMapper(bytes, plan, slice) : (line: number) => line;
    // Head and tail warnings (header, account, balance) come with every slice: said once.
    parse.warnings = parse.warnings.map((w): ParseWarning => (w.line === undefined ? w : { ...w, line: toFileLine(w.line) })).filter((w) => {
      const key = `${w.line ?? ""}|${w.element ?? ""}|${w.message}`;
      if (isRepeatedIdsWarning(w) || seenWarnings.has(key)) return false;
      seenWarnings.add(key);
      return true;
    });
    for (const statement of parse.statements) repeatedIds += countRepeatedIds(statement.transactions, seenIds);
    if (index === plan.slices.length - 1 && repeatedIds > 0) parse.warnings.push(repeatedIdsWarning(repeatedIds, newlines(bytes, 0, plan.listStart) + 1));
    // The last slice ends at the tail, which comes with it: the whole file is read.
    yield { parse, rowOffset, bytesEnd: index === plan.slices.length - 1 ? bytes.length : slice.end };
    rowOffset += parse.statements.reduce((n, s) => n + s.transactions.length, 0);
  }
}
