/**
 * Stream filters for the PDF reader: FlateDecode and LZWDecode (with PNG/TIFF predictors), ASCIIHexDecode,
 * ASCII85Decode, RunLengthDecode.
 * Output is capped: a few kilobytes of deflate can expand to gigabytes ("zip bomb"), so inflation is pushed
 * in small pieces and stops as soon as the cap is passed.
 */
import { Inflate } from "fflate";
import { AppError } from "../../errors";
import { unpredict, type DecodeParams } from "./pdf-predictors";

export type { DecodeParams } from "./pdf-predictors";

export const MAX_STREAM_BYTES = 64 * 1024 * 1024;



/** One filter of a stream's /Filter chain; image codecs (DCT, JPX, CCITT, JBIG2) are not needed to read text or XML. */
export function applyFilter(filter: string, data: Uint8Array, params: DecodeParams, maxBytes = MAX_STREAM_BYTES): Uint8Array {
  switch (filter) {
    case "FlateDecode":
    case "Fl":
      return unpredict(inflateBounded(data, maxBytes), params);
    case "LZWDecode":
    case "LZW":
      return unpredict(decodeLzw(data, params.earlyChange ?? 1, maxBytes), params);
    case "RunLengthDecode":
    case "RL":
      return decodeRunLength(data, maxBytes);
    case "ASCIIHexDecode":
    case "AHx":
      return decodeAsciiHex(data);
    case "ASCII85Decode":
    case "A85":
      return decodeAscii85(data);
    default:
      throw new AppError("UNSUPPORTED_FORMAT", `Unsupported PDF stream filter ${filter}`);
  }
}

export function inflateBounded(data: Uint8Array, maxBytes = MAX_STREAM_BYTES): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) throw new AppError("TOO_LARGE", `A PDF stream inflates to more than ${maxBytes} bytes`);
    chunks.push(chunk);
  });
  // zlib wrapper (RFC 1950): skip its 2-byte header when present; some writers emit raw deflate.
  const first = data[0] ?? 0;
  const second = data[1] ?? 0;
  const hasZlibHeader = (first & 0x0f) === 8 && ((first << 8) | second) % 31 === 0;
  const body = hasZlibHeader ? data.subarray(2) : data;
  const PIECE = 16 * 1024;
  try {
    for (let offset = 0; offset < body.length; offset += PIECE) {
      inflater.push(body.subarray(offset, Math.min(offset + PIECE, body.length)), offset + PIECE >= body.length);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    // Truncated or slightly corrupt deflate data: keep what inflated, as PDF viewers do.
    if (!chunks.length) throw new AppError("PARSE_ERROR", "A compressed PDF stream could not be inflated", { cause: error });
  }
  return concat(chunks, total);
}

export function concat(chunks: readonly Uint8Array[], total = chunks.reduce((sum, c) => sum + c.length, 0)): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk.subarray(0, Math.min(chunk.length, total - offset)), offset);
    offset += chunk.length;
    if (offset >= total) break;
  }
  return out;
}

export function decodeAsciiHex(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  let high = -1;
  for (const byte of data) {
    if (byte === 0x3e) break; // ">" ends the data
    const nibble = hexValue(byte);
    if (nibble < 0) continue;
    if (high < 0) high = nibble;
    else {
      out.push((high << 4) | nibble);
      high = -1;
    }
  }
  if (high >= 0) out.push(high << 4);
  return Uint8Array.from(out);
}

function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  return -1;
}

export function decodeAscii85(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  let group: number[] = [];
  for (let i = 0; i < data.length; i++) {
    const byte = data[i] ?? 0;
    if (byte === 0x7e) break; // "~>" ends the data
    if (byte === 0x7a && group.length === 0) {
      out.push(0, 0, 0, 0);
      continue;
    }
    if (byte < 0x21 || byte > 0x75) continue;
    group.push(byte - 0x21);
    if (group.length === 5) {
      out.push(...ascii85Group(group, 4));
      group = [];
    }
  }
  if (group.length > 1) {
    const kept = group.length - 1;
    while (group.length < 5) group.push(84);
    out.push(...ascii85Group(group, kept));
  }
  return Uint8Array.from(out);
}

function ascii85Group(group: readonly number[], keep: number): number[] {
  let value = 0;
  for (const digit of group) value = value * 85 + digit;
  const bytes = [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
  return bytes.slice(0, keep);
}

/** RunLengthDecode (ISO 32000-1 §7.4.5). */
export function decodeRunLength(data: Uint8Array, maxBytes = MAX_STREAM_BYTES): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < data.length; ) {
    const length = data[i++] ?? 128;
    if (length === 128) break;
    if (length < 128) {
      for (let j = 0; j <= length && i < data.length; j++) out.push(data[i++] ?? 0);
    } else {
      const byte = data[i++] ?? 0;
      for (let j = 0; j < 257 - length; j++) out.push(byte);
    }
    if (out.length > maxBytes) throw new AppError("TOO_LARGE", `A PDF stream decodes to more than ${maxBytes} bytes`);
  }
  return Uint8Array.from(out);
}

/** LZWDecode with EarlyChange 1 (the default), as old PDF writers used before Flate. */
export function decodeLzw(data: Uint8Array, earlyChange = 1, maxBytes = MAX_STREAM_BYTES): Uint8Array {
  const out: number[] = [];
  let table: number[][] = [];
  const reset = () => {
    table = Array.from({ length: 258 }, (_, i) => (i < 256 ? [i] : []));
  };
  reset();
  let codeLength = 9;
  let previous: number[] | null = null;
  let buffer = 0;
  let bits = 0;
  for (const byte of data) {
    buffer = ((buffer << 8) | byte) >>> 0;
    bits += 8;
    while (bits >= codeLength) {
      const code = (buffer >>> (bits - codeLength)) & ((1 << codeLength) - 1);
      bits -= codeLength;
      if (code === 256) {
        reset();
        codeLength = 9;
        previous = null;
        continue;
      }
      if (code === 257) return Uint8Array.from(out);
      const entry: number[] | undefined = code < table.length ? table[code] : previous ? [...previous, previous[0] ?? 0] : undefined;
      if (!entry) return Uint8Array.from(out); // corrupt data: keep what decoded
      out.push(...entry);
      if (out.length > maxBytes) throw new AppError("TOO_LARGE", `A PDF stream decodes to more than ${maxBytes} bytes`);
      if (previous && table.length < 4096) table.push([...previous, entry[0] ?? 0]);
      previous = entry;
      if (table.length + earlyChange >= 1 << codeLength && codeLength < 12) codeLength++;
    }
  }
  return Uint8Array.from(out);
}
