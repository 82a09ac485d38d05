/**
 * Text decoding for CAMT and MT940. Most files are UTF-8 (or plain ASCII): those are decoded natively in one
 * step, giving exactly what decodeBytes would (it ends up at UTF-8 for valid UTF-8 bytes) without its per-byte
 * JavaScript scans, which dominated the parse time of large files. Everything else goes through decodeBytes.
 */
import { decodeBytes, type DecodedText } from "../encoding";

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** `declared`: the file's own claim (XML encoding="…"), null when it makes none. */
export function decodeText(bytes: Uint8Array, forced: string | null, declared: string | null): DecodedText {
  const mayBeUtf16 = bytes[0] === 0 || bytes[1] === 0 || bytes[0] === 0xff || bytes[0] === 0xfe;
  const claimsUtf8 = declared === null || /^utf-?8$/i.test(declared.trim());
  if (!forced && claimsUtf8 && !mayBeUtf16) {
    try {
      return { text: strictUtf8.decode(bytes), encoding: "utf-8" };
    } catch {
      // not UTF-8: let decodeBytes pick the code page
    }
  }
  return decodeBytes(bytes, { forced, declared });
}
