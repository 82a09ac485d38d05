/**
 * SWIFT MT940 (end-of-day statements) and MT942 (interim reports) reader. Several statements per file, bank
 * headers and SWIFT envelopes, structured :86: details. Pure: bytes in, NormalizedStatement out.
 */
import type { FileAggregator, NormalizedStatement, ParseOptions, ParseResult, ParseWarning } from "../../types";
import { ensureUniqueExternalIds } from "../camt/checks";
import { decodeText } from "../camt/decode";
import { detectMt940 } from "./detect";
import { readStatement, type ReadStatement } from "./statement";
import { mt940Error, splitStatements, type Mt940Block } from "./tokenize";

/** A real statement names its account or carries balances or entries; a lone ":20:" line is not one. */
function isStatement(block: Mt940Block): boolean {
  return block.fields.some((field) => field.tag === "25" || field.tag === "61" || field.tag.startsWith("60") || field.tag.startsWith("62"));
}

/**
 * A customer reference seen twice for one account in one file (PostFinance "01916", Sberbank "X") is evidently
 * not a transaction id: used as one, the import would merge real, distinct transactions. Those get no id.
 */
function dropRepeatedCustomerReferences(read: ReadStatement[]): void {
  const counts = new Map<string, number>();
  const keyOf = (item: ReadStatement, id: string) => `${item.statement.account.externalId ?? ""}\u0000${id}`;
  for (const item of read) {
    for (const transaction of item.customerReferenced) {
      const key = keyOf(item, transaction.externalId as string);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  for (const item of read) {
    for (const transaction of item.customerReferenced) {
      if ((counts.get(keyOf(item, transaction.externalId as string)) ?? 0) > 1) transaction.externalId = null;
    }
  }
}

export function parseMt940(bytes: Uint8Array, options: ParseOptions = {}): ParseResult {
  const { text, encoding } = decodeText(bytes, options.encoding ?? null, null);
  const warnings: ParseWarning[] = [];
  const blocks = splitStatements(text).filter((block) => {
    if (isStatement(block)) return true;
    warnings.push({ line: block.line, message: "A :20: without account, balances or entries was skipped" });
    return false;
  });
  if (blocks.length === 0) throw mt940Error(1, "no statement found (no :20: followed by :25:, balances or :61: entries)");
  const read = blocks.map((block) => readStatement(block, options.defaultCurrency ?? null, warnings));
  const statements: NormalizedStatement[] = read.map((item) => item.statement);
  dropRepeatedCustomerReferences(read);
  ensureUniqueExternalIds(statements);
  return { format: "mt940", encoding, statements, warnings };
}

export const mt940Aggregator: FileAggregator = {
  id: "mt940",
  kind: "file",
  detect: detectMt940,
  parse: parseMt940,
};
