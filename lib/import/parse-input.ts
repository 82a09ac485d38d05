/** Bytes → parse result, with the caller's format, encoding and CSV profile. */
import { createHash } from "node:crypto";
import { parseFile } from "../aggregators/file";
import type { ParseResult } from "../aggregators/types";
import type { ImportInput } from "./types";

export function parseImportFile(input: Pick<ImportInput, "bytes" | "format" | "encoding" | "csvProfile">): ParseResult {
  return parseFile(input.bytes, {
    ...(input.format ? { format: input.format } : {}),
    ...(input.encoding ? { encoding: input.encoding } : {}),
    ...(input.csvProfile !== undefined ? { csvProfile: input.csvProfile } : {}),
  });
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
