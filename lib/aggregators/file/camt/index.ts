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
import { listAt, nodeAt } from "./xml-path";

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

function findMessage(root: unknown): { node: unknown; kind: CamtKind; name: string } | null {
  for (const container of [nodeAt(root, "Document"), root]) {
    for (const [name, kind] of MESSAGES) {
      const node = nodeAt(container, name);
      if (node !== undefined) return { node, kind, name };
    }
  }
  return null;
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
  const message = findMessage(root);
  if (!message) throw parseError("Document", "no BkToCstmrStmt, BkToCstmrAcctRpt or BkToCstmrDbtCdtNtfctn element (not a camt.052/053/054 file)");

  const warnings: ParseWarning[] = [];
  const statements: NormalizedStatement[] = listAt(message.node, message.kind).map((node, index) =>
    readStatement(node, `${message.name}/${message.kind}[${index + 1}]`, warnings, options.defaultCurrency ?? null),
  );
  if (statements.length === 0) throw parseError(message.name, `no ${message.kind} element: the file holds no statement`);
  ensureUniqueExternalIds(statements);
  return { format: "camt", encoding, statements, warnings };
}

export const camtAggregator: FileAggregator = {
  id: "camt",
  kind: "file",
  detect: detectCamt,
  parse: parseCamt,
};
