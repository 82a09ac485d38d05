/**
 * OFX 1.x (SGML), 2.x (XML) and QFX (Quicken's OFX with INTU.* extras) → NormalizedStatement, one per
 * statement response. The header's encoding is honoured and checked against the bytes; the body is read by
 * our tolerant reader (sgml-reader.ts explains why not ofx-js's); choices about labels, zones, investment
 * and account-list responses are documented next to the code that makes them.
 */
import { isAscii } from "node:buffer";
import { AppError } from "../../../errors";
import { normalizeCurrency } from "../../../money";
import { decodeBytes } from "../encoding";
import type { FileAggregator, ParseOptions, ParseResult, ParseWarning } from "../../types";
import { repairWindows1252 } from "./cp1252";
import { extractStatements } from "./extract";
import { asciiHead, readOfxHeader } from "./header";
import { readOfxTree } from "./sgml-reader";

/** Content sniff: an OFX header, an <?OFX?> instruction or an <OFX> root near the start. Never the file name. */
export function detectOfx(bytes: Uint8Array): number {
  const head = asciiHead(bytes, 8192).toUpperCase();
  if (/<OFX[\s>]/.test(head) || head.includes("<?OFX")) return 0.95;
  if (/^\s*OFXHEADER\s*:/.test(head)) return 0.9;
  return 0;
}

function decode(bytes: Uint8Array, options: ParseOptions, warnings: ParseWarning[]) {
  const header = readOfxHeader(bytes);
  const raw = decodeBytes(bytes, { forced: options.encoding ?? null, declared: header.declaredEncoding });
  // Pure ASCII (most OFX files, checked natively) has nothing to repair and nothing outside US-ASCII to report.
  if (isAscii(bytes)) return raw;
  const decoded = { ...raw, text: repairWindows1252(raw.text, raw.encoding) };
  if (decoded.overridden) {
    warnings.push({ element: "header", message: `The header declares ${decoded.overridden.declared} but ${decoded.overridden.reason}: read as ${decoded.encoding}.` });
  } else if (!options.encoding && header.isAsciiDeclared && /[^\t\n\r\u0020-\u007e]/.test(decoded.text)) {
    warnings.push({ element: "header", message: `The header declares US-ASCII but the file has non-ASCII bytes: read as ${decoded.encoding}.` });
  }
  return decoded;
}

export function parseOfx(bytes: Uint8Array, options: ParseOptions = {}): ParseResult {
  if (bytes.length === 0) throw new AppError("PARSE_ERROR", "OFX: the file is empty.", { details: { line: 1 } });
  const warnings: ParseWarning[] = [];
  const decoded = decode(bytes, options, warnings);
  const start = decoded.text.search(/<OFX[\s>]/i);
  if (start < 0) {
    throw new AppError("PARSE_ERROR", "OFX: no <OFX> element found: not an OFX/QFX file, or cut before its body.", { details: { element: "OFX" } });
  }
  const tree = readOfxTree(decoded.text, start);
  warnings.push(...tree.warnings);
  const statements = extractStatements(tree.root, { defaultCurrency: normalizeCurrency(options.defaultCurrency), warnings });
  return { format: "ofx", encoding: decoded.encoding, statements, warnings };
}

export const ofxAggregator: FileAggregator = {
  id: "ofx",
  kind: "file",
  detect: detectOfx,
  parse: parseOfx,
};
