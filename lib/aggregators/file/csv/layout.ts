/**
 * The physical layout of a CSV text: delimiter, header row, first data row, from a bounded sample (a 200 MB file
 * with no line break fails here, fast, instead of being parsed). Presets are recognised at this step.
 */
import { AppError } from "../../../errors";
import { detectDelimiter } from "./delimiter";
import { findFirstDataRecord, findHeaderRecord, isUnknownHeader } from "./header";
import { matchPreset, type CsvPreset } from "./presets";
import type { CsvDelimiter } from "./profile";
import { readRecords, type Dialect, type NumberedRecord } from "./records";
import type { CsvText } from "./text";
import type { ColumnRole } from "./vocabulary";

const SAMPLE_CHARS = 256 * 1024;
const SAMPLE_RECORDS = 400;

export interface CsvLayout {
  dialect: Dialect & { delimiter: CsvDelimiter };
  records: NumberedRecord[];
  /** Index in `records` of the header, or -1. */
  headerIndex: number;
  headerRoles: (ColumnRole | null)[] | null;
  /** Index in `records` of the first data row. */
  dataIndex: number;
  preset: CsvPreset | null;
}

export function sampleOf(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  const cut = Math.max(text.lastIndexOf("\n", SAMPLE_CHARS), text.lastIndexOf("\r", SAMPLE_CHARS));
  if (cut <= 0) {
    throw new AppError("PARSE_ERROR", `Line 1: longer than ${SAMPLE_CHARS / 1024} KB without a line break: not a bank CSV.`, {
      userMessage: "This file is not a bank CSV: its first line (line 1) never ends.",
      details: { line: 1 },
    });
  }
  return text.slice(0, cut + 1);
}

export function detectLayout(csv: CsvText, delimiter?: CsvDelimiter, usePresets = true): CsvLayout {
  const sample = sampleOf(csv.text);
  const guess = delimiter ? null : detectDelimiter(sample, csv.newline);
  if (guess && guess.fieldCount < 2) {
    throw new AppError("PARSE_ERROR", "Line 1: no field separator (comma, semicolon, tab or |) splits the rows: not a CSV bank export.", {
      userMessage: "This file does not look like a CSV bank export (line 1: no column separator found).",
      details: { line: 1 },
    });
  }
  const dialect = { delimiter: delimiter ?? guess!.delimiter, newline: csv.newline };
  const records = readRecords(sample, dialect, SAMPLE_RECORDS);
  const matched = usePresets ? matchPreset(records.map((record) => record.cells)) : null;
  if (matched) {
    const { preset, rowIndex } = matched;
    const headerIndex = preset.matchedRow === "header" ? rowIndex : -1;
    const dataIndex = preset.matchedRow === "data" ? rowIndex : rowIndex + 1;
    return { dialect, records, headerIndex, headerRoles: null, dataIndex, preset };
  }
  const header = findHeaderRecord(records);
  if (header) return { dialect, records, headerIndex: header.recordIndex, headerRoles: header.roles, dataIndex: header.recordIndex + 1, preset: null };
  const dataIndex = findFirstDataRecord(records);
  if (dataIndex < 0) {
    const line = records[0]?.line ?? 1;
    throw new AppError("PARSE_ERROR", `Line ${line}: no header and no row with a date and an amount in the first ${Math.min(records.length, 40)} rows.`, {
      userMessage: `Tirelire found neither a header nor a transaction row (a date and an amount) at the top of this CSV (lines ${line}–${records[Math.min(records.length, 40) - 1]?.line ?? line}).`,
      details: { line },
    });
  }
  const candidate = records[dataIndex - 1];
  if (dataIndex > 0 && isUnknownHeader(candidate?.cells, records[dataIndex]!.cells)) {
    return { dialect, records, headerIndex: dataIndex - 1, headerRoles: candidate!.cells.map(() => null), dataIndex, preset: null };
  }
  return { dialect, records, headerIndex: -1, headerRoles: null, dataIndex, preset: null };
}
