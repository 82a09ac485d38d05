/**
 * CAMT (ISO 20022 bank-to-customer cash management) reader: camt.052 reports, camt.053 statements and camt.054
 * notifications, any version .001.02–.001.10, any namespace prefix. Pure: bytes in, NormalizedStatement out.
 */
import { MAX_XML_BYTES } from "../../../xml";
import { isAppError } from "../../../errors";
import type { FileAggregator, NormalizedStatement, ParseOptions, ParseResult, ParseWarning } from "../../types";
import { decodeText } from "./decode";
import { parseError } from "./amounts";
import { ensureUniqueExternalIds } from "./checks";
import { detectCamt, sniffHead } from "./detect";
import { readStatement, type CamtKind } from "./statement";
import { readXml } from "./xml-reader";
import { listAt } from "./xml-path";

const MESSAGES: ReadonlyArray<[message: string, kind: CamtKind]> = [
  ["BkToCstmrStmt", "Stmt"],
  ["BkToCstmrAcctRpt", "Rpt"],
  ["BkToCstmrDbtCdtNtfctn", "Ntfctn"],
];

function decode(bytes: Uint8Array, forced: string | undefined): { text: string; encoding: string } {
  const declared = /<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/.exec(sniffHead(bytes, 512))?.[1] ?? null;
  const decoded = decodeText(bytes, forced ?? null, declared);
  // Leading blank lines or a stray BOM before "<?xml" make strict parsers fail; nothing before the first tag matters.
  const start = decoded.text.indexOf("<");
  return { text: start > 0 ? decoded.text.slice(start) : decoded.text, encoding: decoded.encoding };
}

interface CamtMessage {
  node: unknown;
  kind: CamtKind;
  name: string;
}

/**
 * Every camt message in the file, searched a few levels deep: usually Document/BkToCstmrStmt, but FinTS hands
 * out several documents concatenated, and some exports wrap the Document in an envelope element.
 */
function findMessages(root: unknown, depth = 0): CamtMessage[] {
  if (root === null || typeof root !== "object" || depth > 4) return [];
  const found: CamtMessage[] = [];
  for (const item of Array.isArray(root) ? root : [root]) {
    if (item === null || typeof item !== "object") continue;
    let isMessageLevel = false;
    for (const [name, kind] of MESSAGES) {
      for (const node of listAt(item, name)) {
        found.push({ node, kind, name });
        isMessageLevel = true;
      }
    }
    if (isMessageLevel) continue;
    for (const [key, child] of Object.entries(item as Record<string, unknown>)) {
      if (!key.startsWith("@_") && key !== "#text") found.push(...findMessages(child, depth + 1));
    }
  }
  return found;
}

export function parseCamt(bytes: Uint8Array, options: ParseOptions = {}): ParseResult {
  if (bytes.length > MAX_XML_BYTES) throw parseError("Document", `the file is larger than the ${MAX_XML_BYTES / 1024 / 1024} MB CAMT limit`);
  const { text, encoding } = decode(bytes, options.encoding);
  if (!text.trim().startsWith("<")) throw parseError("Document", "the file is not XML");
  let root: unknown;
  try {
    root = readXml(text);
  } catch (error) {
    // assertSafeXml's refusals (entity declarations) come as their own AppError: keep one CAMT-shaped message.
    if (isAppError(error) && !error.message.startsWith("CAMT ")) throw parseError("Document", error.message);
    throw error;
  }
  const messages = findMessages(root);
  if (messages.length === 0) throw parseError("Document", "no BkToCstmrStmt, BkToCstmrAcctRpt or BkToCstmrDbtCdtNtfctn element (not a camt.052/053/054 file)");

  const warnings: ParseWarning[] = [];
  const statements: NormalizedStatement[] = [];
  messages.forEach((message, messageIndex) => {
    const prefix = messages.length > 1 ? `${message.name}[${messageIndex + 1}]` : message.name;
    listAt(message.node, message.kind).forEach((node, index) => {
      statements.push(readStatement(node, `${prefix}/${message.kind}[${index + 1}]`, warnings, options.defaultCurrency ?? null));
    });
  });
  const first = messages[0] as CamtMessage;
  if (statements.length === 0) throw parseError(first.name, `no ${first.kind} element: the file holds no statement`);
  ensureUniqueExternalIds(statements);
  return { format: "camt", encoding, statements, warnings };
}

export const camtAggregator: FileAggregator = {
  id: "camt",
  kind: "file",
  detect: detectCamt,
  parse: parseCamt,
};
