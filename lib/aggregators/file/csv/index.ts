/**
 * The CSV bank-export adapter: content sniff, parse with a profile (options.csvProfile) or detection, and the
 * pieces the import UI needs (detectCsvProfile for the mapping screen, presets, the profile schema).
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
