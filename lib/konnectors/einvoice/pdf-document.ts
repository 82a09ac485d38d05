/**
 * A tolerant PDF object store. Instead of trusting the cross-reference table (often wrong in generated
 * invoices, and a stream in PDF 1.5+), it scans the file for every `N G obj` and unpacks object streams;
 * a later definition of the same object number wins, which is what incremental updates mean. That makes
 * classic xref tables, xref streams, object streams and incremental updates all readable the same way.
 */
import { AppError } from "../../errors";
import { applyFilter, MAX_STREAM_BYTES, type DecodeParams } from "./pdf-filters";
import { PdfLexer, isDict, isName, isRef, nameOf, type PdfDict, type PdfValue } from "./pdf-objects";

interface Entry {
  /** File position, for "later wins" between a direct object and one inside an object stream. */
  position: number;
  value?: PdfValue;
  /** Direct objects: where the value starts. Objects in object streams: the parsed value is stored at unpacking. */
  offset?: number;
  stream?: { start: number; end: number };
}

export interface PdfStream {
  dict: PdfDict;
  /** Encoded bytes, as stored in the file. */
  raw: Uint8Array;
}

const MAX_RESOLVE_DEPTH = 32;

export function latin1String(bytes: Uint8Array): string {
  let out = "";
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) out += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return out;
}

// A per-stream cap alone lets a small PDF carry many streams each just under it (a few hundred KB that inflate
// to gigabytes in total): the whole document shares one decoding budget.
export const MAX_DOCUMENT_DECODED_BYTES = 128 * 1024 * 1024;

export class PdfDocument {
  private readonly entries = new Map<number, Entry>();
  private decodedBytes = 0;
  private readonly text: string;
  readonly isEncrypted: boolean;
  private readonly rootRef: PdfValue;

  private constructor(private readonly bytes: Uint8Array) {
    this.text = latin1String(bytes);
    this.scanObjects();
    this.unpackObjectStreams();
    const trailers = this.readTrailers();
    this.isEncrypted = trailers.some((t) => t.entries.has("Encrypt"));
    this.rootRef = trailers.map((t) => t.entries.get("Root")).filter((r) => r !== undefined).pop() ?? null;
  }

  static open(bytes: Uint8Array): PdfDocument {
    const doc = new PdfDocument(bytes);
    if (!doc.entries.size) throw new AppError("PARSE_ERROR", "No PDF objects found: the file is not a readable PDF", { userMessage: "This PDF could not be read (no objects found)." });
    return doc;
  }

  /**
   * Two passes: first every `N G obj` naively (so /Length references resolve), then again in file order,
   * skipping anything inside a stream's data: an uncompressed attachment (a PDF inside the PDF) must not
   * contribute its own objects.
   */
  private scanObjects(): void {
    const pattern = /(?<![0-9])(\d{1,10})[ \t\r\n\f\0]+(\d{1,5})[ \t\r\n\f\0]+obj\b/g;
    const candidates: [number, Entry][] = [];
    for (let match = pattern.exec(this.text); match; match = pattern.exec(this.text)) {
      const entry: Entry = { position: match.index, offset: match.index + match[0].length };
      candidates.push([Number(match[1]), entry]);
      this.entries.set(Number(match[1]), entry);
    }
    const kept = new Map<number, Entry>();
    let coveredUntil = -1;
    for (const [num, entry] of candidates) {
      if (entry.position < coveredUntil) continue;
      this.parse(entry);
      if (entry.stream) coveredUntil = entry.stream.end;
      kept.set(num, entry);
    }
    this.entries.clear();
    for (const [num, entry] of kept) this.entries.set(num, entry);
  }

  private unpackObjectStreams(): void {
    const containers = [...this.entries.entries()].filter(([num]) => {
      const value = this.parseEntry(num);
      return isDict(value) && nameOf(value.entries.get("Type")) === "ObjStm";
    });
    for (const [num, entry] of containers) {
      try {
        this.unpackObjectStream(num, entry.position);
      } catch {
        // A broken object stream loses its objects only; the rest of the file stays readable.
      }
    }
  }

  private unpackObjectStream(num: number, position: number): void {
    const stream = this.getStream(num);
    if (!stream) return;
    const count = this.resolve(stream.dict.entries.get("N"));
    const first = this.resolve(stream.dict.entries.get("First"));
    if (typeof count !== "number" || typeof first !== "number") return;
    const text = latin1String(this.decodeStream(stream));
    const header = new PdfLexer(text.slice(0, first));
    const pairs: [number, number][] = [];
    for (let i = 0; i < count; i++) {
      const objNum = header.readValue();
      const offset = header.readValue();
      if (typeof objNum !== "number" || typeof offset !== "number") break;
      pairs.push([objNum, offset]);
    }
    for (const [objNum, offset] of pairs) {
      const existing = this.entries.get(objNum);
      if (existing && existing.position > position) continue;
      try {
        const value = new PdfLexer(text, first + offset).readValue();
        this.entries.set(objNum, { position, value });
      } catch {
        // skip one unreadable object
      }
    }
  }

  /** Trailer dictionaries (classic and xref-stream), in file order. */
  private readTrailers(): PdfDict[] {
    const found: { position: number; dict: PdfDict }[] = [];
    const pattern = /trailer[ \t\r\n\f\0]*<</g;
    for (let match = pattern.exec(this.text); match; match = pattern.exec(this.text)) {
      try {
        const value = new PdfLexer(this.text, match.index + 7).readValue();
        if (isDict(value)) found.push({ position: match.index, dict: value });
      } catch {
        // ignore a damaged trailer
      }
    }
    for (const [num, entry] of this.entries) {
      const value = this.parseEntry(num);
      if (isDict(value) && nameOf(value.entries.get("Type")) === "XRef") {
        found.push({ position: entry.position, dict: value });
      }
    }
    return found.sort((a, b) => a.position - b.position).map((f) => f.dict);
  }

  private parseEntry(num: number): PdfValue {
    const entry = this.entries.get(num);
    return entry ? this.parse(entry) : null;
  }

  private parse(entry: Entry): PdfValue {
    if (entry.value !== undefined || entry.offset === undefined) return entry.value ?? null;
    try {
      const lexer = new PdfLexer(this.text, entry.offset);
      entry.value = lexer.readValue();
      lexer.skipSpace();
      if (isDict(entry.value) && this.text.startsWith("stream", lexer.pos)) entry.stream = this.locateStreamData(entry.value, lexer.pos + 6);
    } catch {
      entry.value = null;
    }
    return entry.value;
  }

  private locateStreamData(dict: PdfDict, afterKeyword: number): { start: number; end: number } {
    let start = afterKeyword;
    if (this.text[start] === "\r") start++;
    if (this.text[start] === "\n") start++;
    const declared = dict.entries.get("Length");
    // The length may be an indirect object that is itself not parsed yet: read it without recursion games.
    const length = typeof declared === "number" ? declared : isRef(declared) ? this.parseEntry(declared.num) : null;
    if (typeof length === "number" && length >= 0 && start + length <= this.text.length) {
      const tail = this.text.slice(start + length, start + length + 32).replace(/^[\r\n \t]*/, "");
      if (tail.startsWith("endstream")) return { start, end: start + length };
    }
    const endKeyword = this.text.indexOf("endstream", start);
    let end = endKeyword < 0 ? this.text.length : endKeyword;
    if (this.text[end - 1] === "\n") end--;
    if (this.text[end - 1] === "\r") end--;
    return { start, end: Math.max(start, end) };
  }

  /** Object numbers defined in the file. */
  objectNumbers(): number[] {
    return [...this.entries.keys()];
  }

  getObject(num: number): PdfValue {
    return this.parseEntry(num);
  }

  /** Follows references until a direct value (null for dangling ones). */
  resolve(value: PdfValue | undefined): PdfValue {
    let current: PdfValue | undefined = value;
    for (let depth = 0; isRef(current); depth++) {
      if (depth > MAX_RESOLVE_DEPTH) return null;
      current = this.parseEntry(current.num);
    }
    return current ?? null;
  }

  /** A dictionary entry, resolved. */
  get(dict: PdfDict | null | undefined, key: string): PdfValue {
    return dict ? this.resolve(dict.entries.get(key)) : null;
  }

  catalog(): PdfDict | null {
    const root = this.resolve(this.rootRef);
    if (isDict(root)) return root;
    // No usable trailer (damaged file): fall back to the last catalog object.
    let found: PdfDict | null = null;
    for (const num of this.entries.keys()) {
      const value = this.parseEntry(num);
      if (isDict(value) && nameOf(value.entries.get("Type")) === "Catalog") found = value;
    }
    return found;
  }

  /** The stream of an object number, or of a reference. */
  getStream(target: number | PdfValue | undefined): PdfStream | null {
    const num = typeof target === "number" ? target : isRef(target) ? target.num : null;
    if (num === null) return null;
    const value = this.parseEntry(num);
    const entry = this.entries.get(num);
    if (!isDict(value) || !entry?.stream) return null;
    return { dict: value, raw: this.bytes.subarray(entry.stream.start, entry.stream.end) };
  }

  /** Applies the stream's filters; unsupported filters (images) yield null. */
  decodeStream(stream: PdfStream, maxBytes?: number): Uint8Array {
    const filterValue = this.get(stream.dict, "Filter");
    const paramsValue = this.get(stream.dict, "DecodeParms");
    const filters = (Array.isArray(filterValue) ? filterValue : [filterValue]).map((f) => this.resolve(f)).filter(isName).map((f) => f.name);
    const paramsList = Array.isArray(paramsValue) ? paramsValue.map((p) => this.resolve(p)) : [paramsValue];
    const remaining = MAX_DOCUMENT_DECODED_BYTES - this.decodedBytes;
    if (remaining <= 0) throw new AppError("TOO_LARGE", `The PDF's streams decode to more than ${MAX_DOCUMENT_DECODED_BYTES} bytes in total`);
    const decoded = filters.reduce((data, filter, index) => {
      const params = paramsList[index];
      return applyFilter(filter, data, this.readDecodeParams(isDict(params) ? params : null), Math.min(maxBytes ?? MAX_STREAM_BYTES, remaining));
    }, stream.raw);
    this.decodedBytes += decoded.length;
    return decoded;
  }

  private readDecodeParams(dict: PdfDict | null): DecodeParams {
    const num = (key: string) => {
      const value = this.get(dict, key);
      return typeof value === "number" ? value : undefined;
    };
    return { predictor: num("Predictor"), colors: num("Colors"), bitsPerComponent: num("BitsPerComponent"), columns: num("Columns"), earlyChange: num("EarlyChange") };
  }
}
