/**
 * A small PDF object syntax reader (ISO 32000-1 §7.3): just enough to walk dictionaries, arrays, names,
 * strings, numbers and references. Works on a latin1 string of the file's bytes, so a character index is a
 * byte offset and stream bytes can be sliced from the original buffer.
 */

export interface PdfRef {
  kind: "ref";
  num: number;
  gen: number;
}
export interface PdfName {
  kind: "name";
  name: string;
}
/** A PDF string: raw bytes as a latin1 string (decode with decodePdfString). */
export interface PdfString {
  kind: "string";
  bytes: string;
}
export type PdfDict = { kind: "dict"; entries: Map<string, PdfValue> };
export type PdfValue = PdfRef | PdfName | PdfString | PdfDict | PdfValue[] | number | boolean | null;

const WHITESPACE = new Set([" ", "\n", "\r", "\t", "\f", "\0"]);
const DELIMITERS = new Set(["(", ")", "<", ">", "[", "]", "{", "}", "/", "%"]);
const ESCAPES: Partial<Record<string, string>> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f", "(": "(", ")": ")", "\\": "\\" };

export class PdfLexer {
  pos: number;
  constructor(private readonly text: string, start = 0) {
    this.pos = start;
  }

  /** The character at `index`, or "" past the end (keeps strict indexing honest without non-null assertions). */
  private at(index: number): string {
    return this.text.charAt(index);
  }

  skipSpace(): void {
    const { text } = this;
    while (this.pos < text.length) {
      const ch = this.at(this.pos);
      if (WHITESPACE.has(ch)) this.pos++;
      else if (ch === "%") {
        while (this.pos < text.length && text[this.pos] !== "\n" && text[this.pos] !== "\r") this.pos++;
      } else break;
    }
  }

  /** Reads one value; `N G R` becomes a reference. Throws on malformed input (callers skip the object). */
  readValue(depth = 0): PdfValue {
    if (depth > 64) throw new Error("PDF object nested too deeply");
    this.skipSpace();
    const { text } = this;
    const ch = text[this.pos];
    if (ch === undefined) throw new Error("Unexpected end of PDF");
    if (ch === "/") return this.readName();
    if (ch === "(") return this.readLiteralString();
    if (ch === "[") {
      this.pos++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (text[this.pos] === "]") {
          this.pos++;
          return items;
        }
        items.push(this.readValue(depth + 1));
      }
    }
    if (ch === "<" && text[this.pos + 1] === "<") {
      this.pos += 2;
      const entries = new Map<string, PdfValue>();
      for (;;) {
        this.skipSpace();
        if (text.startsWith(">>", this.pos)) {
          this.pos += 2;
          return { kind: "dict", entries };
        }
        const key = this.readValue(depth + 1);
        if (!isName(key)) throw new Error(`Dictionary key is not a name at ${this.pos}`);
        entries.set(key.name, this.readValue(depth + 1));
      }
    }
    if (ch === "<") return this.readHexString();
    return this.readKeywordOrNumber();
  }

  private readName(): PdfName {
    this.pos++;
    let name = "";
    const { text } = this;
    while (this.pos < text.length && !WHITESPACE.has(this.at(this.pos)) && !DELIMITERS.has(this.at(this.pos))) {
      if (text[this.pos] === "#" && /^[0-9a-fA-F]{2}$/.test(text.slice(this.pos + 1, this.pos + 3))) {
        name += String.fromCharCode(parseInt(text.slice(this.pos + 1, this.pos + 3), 16));
        this.pos += 3;
      } else name += this.at(this.pos++);
    }
    return { kind: "name", name };
  }

  private readLiteralString(): PdfString {
    const { text } = this;
    this.pos++;
    let depth = 1;
    let out = "";
    while (this.pos < text.length) {
      const ch = this.at(this.pos++);
      if (ch === "\\") {
        const next = this.at(this.pos++);
        const escaped = ESCAPES[next];
        if (escaped !== undefined) out += escaped;
        else if (/[0-7]/.test(next)) {
          let octal = next;
          while (octal.length < 3 && /[0-7]/.test(this.at(this.pos))) octal += this.at(this.pos++);
          out += String.fromCharCode(parseInt(octal, 8) & 0xff);
        } else if (next === "\r") {
          if (text[this.pos] === "\n") this.pos++;
        } else if (next !== "\n") out += next;
      } else if (ch === "\r") {
        // An unescaped end of line inside a string reads as one "\n" (ISO 32000-1 §7.3.4.2).
        if (this.at(this.pos) === "\n") this.pos++;
        out += "\n";
      } else if (ch === "(") {
        depth++;
        out += ch;
      } else if (ch === ")") {
        if (--depth === 0) return { kind: "string", bytes: out };
        out += ch;
      } else out += ch;
    }
    throw new Error("Unterminated PDF string");
  }

  private readHexString(): PdfString {
    const end = this.text.indexOf(">", this.pos);
    if (end < 0) throw new Error("Unterminated hex string");
    let hex = this.text.slice(this.pos + 1, end).replace(/[^0-9a-fA-F]/g, "");
    if (hex.length % 2) hex += "0";
    this.pos = end + 1;
    let out = "";
    for (let i = 0; i < hex.length; i += 2) out += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
    return { kind: "string", bytes: out };
  }

  /** A bare keyword or number token (content-stream operators are read with this). */
  readToken(): string {
    const { text } = this;
    const start = this.pos;
    while (this.pos < text.length && !WHITESPACE.has(this.at(this.pos)) && !DELIMITERS.has(this.at(this.pos))) this.pos++;
    if (this.pos === start) throw new Error(`Unexpected character "${this.at(this.pos)}" at ${this.pos}`);
    return text.slice(start, this.pos);
  }

  private readKeywordOrNumber(): PdfValue {
    const token = this.readToken();
    if (token === "true") return true;
    if (token === "false") return false;
    if (token === "null") return null;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(token)) throw new Error(`Unexpected token "${token.slice(0, 20)}"`);
    const value = Number(token);
    if (/^\d+$/.test(token)) {
      // Look ahead for "G R": an indirect reference.
      const save = this.pos;
      const match = /^\s+(\d+)\s+R(?![A-Za-z])/.exec(this.text.slice(this.pos, this.pos + 24));
      if (match) {
        this.pos = save + match[0].length;
        return { kind: "ref", num: value, gen: Number(match[1]) };
      }
    }
    return value;
  }
}

export const isName = (v: unknown): v is PdfName => typeof v === "object" && v !== null && (v as PdfName).kind === "name";
export const isRef = (v: unknown): v is PdfRef => typeof v === "object" && v !== null && (v as PdfRef).kind === "ref";
export const isDict = (v: unknown): v is PdfDict => typeof v === "object" && v !== null && (v as PdfDict).kind === "dict";
export const isPdfString = (v: unknown): v is PdfString => typeof v === "object" && v !== null && (v as PdfString).kind === "string";

/** Text strings are UTF-16BE with a BOM, or PDFDocEncoding (latin1 is close enough for file names). */
export function decodePdfString(value: PdfString): string {
  const { bytes } = value;
  if (bytes.startsWith("\xfe\xff")) {
    let out = "";
    for (let i = 2; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
    return out;
  }
  if (bytes.startsWith("\xef\xbb\xbf")) return new TextDecoder("utf-8").decode(latin1Bytes(bytes.slice(3)));
  return bytes;
}

export function latin1Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

/** The name of a name object, or null. */
export function nameOf(value: unknown): string | null {
  return isName(value) ? value.name : null;
}
