/**
 * Entry point for bank files: detect the format from the content (never the file name) and parse it
 * with the registered adapter. Pure: bytes in, NormalizedStatement result out.
 */
import { AppError } from "../../errors";
import type { FileFormat, ParseOptions, ParseResult } from "../types";
import { fileAggregators } from "../registry";

export const MAX_FILE_BYTES = 250 * 1024 * 1024;

/** The most confident adapter for these bytes, or null when none recognises them. */
export function detectFormat(bytes: Uint8Array): FileFormat | null {
  let best: { format: FileFormat; score: number } | null = null;
  for (const adapter of Object.values(fileAggregators)) {
    const score = adapter.detect(bytes);
    if (score > 0 && (!best || score > best.score)) best = { format: adapter.id, score };
  }
  return best?.format ?? null;
}

export function parseFile(bytes: Uint8Array, options: ParseOptions & { format?: FileFormat } = {}): ParseResult {
  if (bytes.length === 0) throw new AppError("PARSE_ERROR", "The file is empty.");
  if (bytes.length > MAX_FILE_BYTES) throw new AppError("TOO_LARGE", `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
  const format = options.format ?? detectFormat(bytes);
  if (!format) {
    throw new AppError("UNSUPPORTED_FORMAT", "Unrecognised file: not OFX/QFX, QIF, CSV, CAMT or MT940.", {
      userMessage: "Tirelire does not recognise this file. Supported: OFX/QFX, QIF, CSV, CAMT (ISO 20022 XML) and MT940.",
    });
  }
  const adapter = fileAggregators[format];
  if (!adapter) throw new AppError("UNSUPPORTED_FORMAT", `No parser registered for ${format}`);
  return adapter.parse(bytes, options);
}
