/**
 * The CSV bank-export adapter: content sniff, parse with a profile (options.csvProfile) or detection, and the
 * pieces the import UI needs.
 *
 * - `parseCsv(bytes, { csvProfile?, encoding?, defaultCurrency? })` → ParseResult (one statement).
 *   `csvProfile` is a profile object or JSON text (validated by `csvProfileSchema`), a preset name ("knab-nl")
 *   or a preset object; without one, detection builds the profile (a preset first when one recognises the file).
 * - `streamCsv(bytes, options, onBatch)`: the same, transactions handed over in batches of 1,000 (large files);
 *   `limit` stops early for a live preview.
 * - `detectCsvProfile(bytes, { encoding?, usePresets? })` → { profile | null, confidence, issues, encoding,
 *   delimiter, headers, headerLine, dataStartLine, columnCount, preview rows, preset } for the mapping screen.
 * - `csvPresets`, `findPreset(name)`: built-in profiles of the banks in our fixtures.
 */
import type { FileAggregator } from "../../types";
import { parseCsv } from "./parse";
import { sniffCsv } from "./sniff";

export const csvAggregator: FileAggregator = {
  id: "csv",
  kind: "file",
  detect: sniffCsv,
  parse: parseCsv,
};

export { parseCsv } from "./parse";
export { streamCsv, type CsvStreamOptions, type CsvStreamResult } from "./stream";
export { detectCsvProfile, type CsvDetection } from "./detect";
export { csvPresets, findPreset, type CsvPreset } from "./presets";
export { csvProfileSchema, parseCsvProfile, type CsvProfile, type CsvProfileInput, type AmountLayout, type ColumnRef } from "./profile";
