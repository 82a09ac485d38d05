/**
 * The OFX header, read before decoding: v1 "KEY:VALUE" lines (ENCODING, CHARSET) or the v2 XML declaration.
 * It is only a hint: decodeBytes checks it against the bytes (a USASCII/1252 header over UTF-8 bytes is common).
 */
const HEAD_BYTES = 4096;

export interface OfxHeaderInfo {
  /** What the header claims, in a form normalizeEncodingName understands; null when it says nothing useful. */
  declaredEncoding: string | null;
  /** True when the header explicitly claims 7-bit ASCII (ENCODING:USASCII with no CHARSET, or encoding="us-ascii"). */
  isAsciiDeclared: boolean;
}

/** The first bytes as ASCII, NULs dropped (so a UTF-16 header reads too). */
export function asciiHead(bytes: Uint8Array, limit = HEAD_BYTES): string {
  let head = "";
  const end = Math.min(bytes.length, limit);
  for (let i = 0; i < end; i++) {
    const byte = bytes[i] as number;
    if (byte !== 0) head += String.fromCharCode(byte);
  }
  return head;
}

export function readOfxHeader(bytes: Uint8Array): OfxHeaderInfo {
  const head = asciiHead(bytes);
  const xmlEncoding = /<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})["']/i.exec(head)?.[1];
  if (xmlEncoding) {
    const isAscii = /^(us-?ascii|ascii)$/i.test(xmlEncoding);
    return { declaredEncoding: xmlEncoding, isAsciiDeclared: isAscii };
  }
  const fields: Record<string, string> = {};
  const bodyStart = head.search(/<OFX[\s>]/i);
  for (const line of (bodyStart >= 0 ? head.slice(0, bodyStart) : head).split(/\r\n|\r|\n/)) {
    const match = /^\s*([A-Z]+)\s*:\s*(.*?)\s*$/i.exec(line);
    if (match) fields[(match[1] as string).toUpperCase()] = match[2] as string;
  }
  const encoding = fields.ENCODING?.toUpperCase() ?? "";
  const charset = fields.CHARSET && !/^NONE$/i.test(fields.CHARSET) ? fields.CHARSET : null;
  if (encoding === "UTF-8" || encoding === "UTF8" || encoding === "UNICODE") return { declaredEncoding: "utf-8", isAsciiDeclared: false };
  if (charset) return { declaredEncoding: charset, isAsciiDeclared: false };
  if (encoding === "USASCII") return { declaredEncoding: "us-ascii", isAsciiDeclared: true };
  return { declaredEncoding: null, isAsciiDeclared: false };
}
