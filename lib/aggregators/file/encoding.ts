/**
 * Text encoding of bank files: BOMs, UTF-16 without BOM, valid UTF-8, else a single-byte code page.
 * A file's own declaration (OFX CHARSET, XML encoding="…") is a hint checked against the bytes: headers lie.
 * Pure; decoding uses TextDecoder (WHATWG encodings) and iconv-lite for DOS code pages (CP850/852).
 */
import { isAscii, isUtf8 } from "node:buffer";
import iconv from "iconv-lite";

export interface DecodedText {
  text: string;
  /** Canonical name: utf-8, utf-16le, utf-16be, windows-1252, iso-8859-15, cp850, … */
  encoding: string;
  /** Set when the declared encoding was overridden because the bytes said otherwise. */
  overridden?: { declared: string; reason: string };
}

const ALIASES: Record<string, string> = {
  "utf8": "utf-8", "unicode": "utf-8", "usascii": "windows-1252", "us-ascii": "windows-1252", "ascii": "windows-1252",
  "1252": "windows-1252", "cp1252": "windows-1252", "win1252": "windows-1252", "latin1": "windows-1252",
  "iso-8859-1": "windows-1252", "iso8859-1": "windows-1252", "8859-1": "windows-1252", "latin-1": "windows-1252",
  "iso-8859-15": "iso-8859-15", "latin9": "iso-8859-15", "1250": "windows-1250", "cp1250": "windows-1250",
  "1251": "windows-1251", "cp1251": "windows-1251", "850": "cp850", "ibm850": "cp850", "852": "cp852", "ibm852": "cp852",
  "utf16": "utf-16le", "utf-16": "utf-16le", "ucs-2": "utf-16le",
};

/** Normalizes a declared or user-given encoding name; returns null when unknown. */
export function normalizeEncodingName(name: string | null | undefined): string | null {
  if (!name) return null;
  const key = name.trim().toLowerCase().replace(/_/g, "-");
  const candidate = ALIASES[key] ?? ALIASES[key.replace(/-/g, "")] ?? key;
  if (candidate === "cp850" || candidate === "cp852" || candidate === "cp437") return candidate;
  try {
    return new TextDecoder(candidate).encoding;
  } catch {
    return iconv.encodingExists(candidate) ? candidate : null;
  }
}

// Node 20's TextDecoder (small ICU) maps windows-125x bytes 0x80–0x9F to C1 controls, losing €, ’, “ and ”:
// only the Unicode encodings go through it; every single-byte code page goes through iconv-lite.
const TEXT_DECODER_ENCODINGS = new Set(["utf-8", "utf-16le", "utf-16be"]);

// Single-byte code pages whose bytes 0x00–0x7F are ASCII: an all-ASCII file decodes the same in each of them.
const ASCII_COMPATIBLE_SINGLE_BYTE = /^(?:windows-125\d|iso-8859-\d{1,2}|cp437|cp85[02])$/;

export function decodeWith(bytes: Uint8Array, encoding: string): string {
  // Most OFX/QIF files declare a code page but hold only ASCII: the native latin1 decoder gives the same text
  // several times faster than iconv-lite's per-byte table lookup.
  if (ASCII_COMPATIBLE_SINGLE_BYTE.test(encoding) && !hasHighBytes(bytes)) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  }
  if (TEXT_DECODER_ENCODINGS.has(encoding) || (!iconv.encodingExists(encoding) && isWhatwg(encoding))) {
    return new TextDecoder(encoding).decode(bytes);
  }
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

function isWhatwg(encoding: string): boolean {
  try {
    new TextDecoder(encoding);
    return true;
  } catch {
    return false;
  }
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/** UTF-16 without BOM: many NUL bytes at odd (LE) or even (BE) offsets of mostly-ASCII text. */
function sniffUtf16(bytes: Uint8Array): string | null {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = sample / 2;
  if (oddNul / pairs > 0.4 && evenNul / pairs < 0.05) return "utf-16le";
  if (evenNul / pairs > 0.4 && oddNul / pairs < 0.05) return "utf-16be";
  return null;
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  // Validation only (simdutf): a fatal TextDecoder would build, then drop, the whole file as a string.
  return isUtf8(bytes);
}

function hasHighBytes(bytes: Uint8Array): boolean {
  // Native (simdutf), like isUtf8: a JavaScript loop over the bytes was several percent of an OFX import.
  return !isAscii(bytes);
}

/**
 * Picks a single-byte code page for non-UTF-8 bytes. Windows-1252 unless the high bytes look like DOS
 * box-drawing/accents of CP850 (bytes 0x80–0x9F used as letters such as é=0x82, è=0x8A, à=0x85).
 */
function guessSingleByte(bytes: Uint8Array): string {
  let cp850Letters = 0;
  let latinLetters = 0;
  for (const byte of bytes) {
    if (byte === 0x82 || byte === 0x85 || byte === 0x8a || byte === 0x87 || byte === 0x88 || byte === 0x81 || byte === 0x94 || byte === 0x84 || byte === 0x8e || byte === 0x99 || byte === 0x9a) cp850Letters++;
    if (byte >= 0xc0 && byte <= 0xff) latinLetters++;
  }
  if (cp850Letters > latinLetters * 2 && cp850Letters >= 2) return isDosCentralEuropean(bytes) ? "cp852" : "cp850";
  if (isCentralEuropean(bytes)) return "windows-1250";
  return isLatin9Euro(bytes) ? "iso-8859-15" : "windows-1252";
}

/**
 * ISO-8859-15 writes "€" as 0xA4, where windows-1252 has "¤", a sign no bank text means: 0xA4 after a digit or a
 * space, and no windows-1252 euro (0x80) anywhere, is Latin-9 ("-23,45 €" from French and Finnish exports).
 */
function isLatin9Euro(bytes: Uint8Array): boolean {
  let euros = 0;
  for (let i = 1; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte === 0x80) return false;
    if (byte === 0xa4) {
      const before = bytes[i - 1]!;
      if ((before >= 0x30 && before <= 0x39) || before === 0x20 || before === 0xa0) euros++;
    }
  }
  return euros > 0;
}

// Bytes that are frequent letters in windows-1250 text (ě ů Č Ě Ů ą ł ś Ś Ť ť ź ľ) but rare or not letters at all
// in windows-1252 (ì ù È Ì Ù ¹ ³ œ Œ ¾, undefined 0x8D 0x8F 0x9D)...
const CENTRAL_EUROPEAN_WEIGHTS: Readonly<Record<number, number>> = {
  0xec: 2, 0xf9: 2, 0xc8: 1, 0xcc: 1, 0xd9: 1, 0xb9: 3, 0xb3: 3, 0xa5: 1, 0x9c: 1, 0x8c: 2, 0x8d: 3, 0x8f: 3, 0x9d: 3, 0x9f: 2, 0xbe: 2,
};
// ...and the reverse: frequent western letters (à å £) that are rare in Central European text (ŕ ĺ Ł).
const WESTERN_WEIGHTS: Readonly<Record<number, number>> = { 0xe0: 2, 0xe5: 2, 0xa3: 2 };

// DOS code pages: CP852 letters (ő ű č ř ž ě š ś ż ę ź Č Ř Š Ž) sit where CP850 has symbols or rare letters...
const DOS_CENTRAL_WEIGHTS: Readonly<Record<number, number>> = {
  0x8b: 2, 0xfb: 3, 0x9f: 3, 0xfd: 3, 0xa7: 2, 0xd8: 2, 0xe7: 2, 0x98: 1, 0xbe: 3, 0xa9: 3, 0xab: 2, 0xac: 2, 0xfc: 3, 0xe6: 2, 0xa6: 2,
};
// ...and CP850 western letters (è ù ñ ì ò æ) sit where CP852 has rare ones.
const DOS_WESTERN_WEIGHTS: Readonly<Record<number, number>> = { 0x8a: 2, 0x97: 1, 0xa4: 1, 0x8d: 1, 0x95: 1, 0x91: 1 };

function isDosCentralEuropean(bytes: Uint8Array): boolean {
  let central = 0;
  let western = 0;
  for (const byte of bytes) {
    if (byte < 0x80) continue;
    central += DOS_CENTRAL_WEIGHTS[byte] ?? 0;
    western += DOS_WESTERN_WEIGHTS[byte] ?? 0;
  }
  return central >= 2 && central > western * 2;
}

/** Czech, Polish, Slovak, Hungarian exports in windows-1250 (the bytes that differ from windows-1252 decide). */
function isCentralEuropean(bytes: Uint8Array): boolean {
  let central = 0;
  let western = 0;
  for (const byte of bytes) {
    if (byte < 0x80) continue;
    central += CENTRAL_EUROPEAN_WEIGHTS[byte] ?? 0;
    western += WESTERN_WEIGHTS[byte] ?? 0;
  }
  return central >= 2 && central > western * 2;
}

/**
 * Decodes bank-file bytes. `forced` (the user's choice) wins; otherwise a BOM, then UTF-16 sniffing, then
 * UTF-8 validity; a declared encoding is honoured when the bytes agree with it and overridden when they do not.
 */
export function decodeBytes(bytes: Uint8Array, options: { forced?: string | null; declared?: string | null } = {}): DecodedText {
  const forced = normalizeEncodingName(options.forced);
  if (forced) return { text: stripBom(decodeWith(bytes, forced)), encoding: forced };

  const bom = bomEncoding(bytes);
  if (bom) return { text: decodeWith(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding };

  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: decodeWith(bytes, utf16), encoding: utf16 };

  const declared = normalizeEncodingName(options.declared);
  const highBytes = hasHighBytes(bytes);
  const validUtf8 = isValidUtf8(bytes);

  if (declared === "utf-8") {
    if (validUtf8) return { text: decodeWith(bytes, "utf-8"), encoding: "utf-8" };
    const fallback = guessSingleByte(bytes);
    return { text: decodeWith(bytes, fallback), encoding: fallback, overridden: { declared: "utf-8", reason: "bytes are not valid UTF-8" } };
  }
  if (highBytes && validUtf8) {
    // Multi-byte UTF-8 sequences are very unlikely in real single-byte text: trust the bytes over the header.
    const overridden = declared ? { declared, reason: "bytes are valid UTF-8" } : undefined;
    return { text: decodeWith(bytes, "utf-8"), encoding: "utf-8", ...(overridden ? { overridden } : {}) };
  }
  if (declared) return { text: decodeWith(bytes, declared), encoding: declared };
  if (!highBytes) return { text: decodeWith(bytes, "utf-8"), encoding: "utf-8" };
  const guess = guessSingleByte(bytes);
  return { text: decodeWith(bytes, guess), encoding: guess };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
