/**
 * Reads a CSV export with a profile (given, or detected) and hands transactions over in batches, so a
 * million-row file never sits in memory as objects at once. parse.ts collects the batches for small files.
 */
import { AppError } from "../../../errors";
import type { NormalizedAccount, NormalizedTransaction, ParseOptions, ParseWarning } from "../../types";
import { detectFromText } from "./detect";
import { detectLayout, sampleOf } from "./layout";
import { csvPresets, findPreset, type CsvPreset } from "./presets";
import { parseCsvProfile, type CsvProfile } from "./profile";
import { forEachRecord, isBlankRecord, readRecords } from "./records";
import { readPreamble } from "./preamble";
import { resolveProfile } from "./resolve";
import { StatementBuilder, type StatementTotals } from "./statement";
import { decodeCsvText, type CsvText } from "./text";

export interface CsvStreamOptions extends ParseOptions {
  /** Transactions per onBatch call (default 1,000: small batches die young in the GC, keeping RSS low). */
  batchSize?: number;
  /** Stop after this many transactions (a live preview on the mapping screen); the totals then cover those only. */
  limit?: number;
}

export interface CsvStreamResult extends Omit<StatementTotals, "accountValue" | "warnings"> {
  encoding: string;
  profile: CsvProfile;
  account: NormalizedAccount;
  warnings: ParseWarning[];
}

export function streamCsv(bytes: Uint8Array, options: CsvStreamOptions, onBatch: (batch: NormalizedTransaction[]) => void): CsvStreamResult {
  const preset = presetOf(options.csvProfile);
  const given = preset ? preset.profile : options.csvProfile === undefined || options.csvProfile === null ? null : parseCsvProfile(options.csvProfile);
  const csv = decodeCsvText(bytes, options.encoding, given?.encoding);
  const warnings: ParseWarning[] = [];
  const profile = preset ? withPresetRows(preset, csv) : given ? withDialect(given, csv) : detectedProfile(csv, warnings);
  const dialect = { delimiter: profile.delimiter!, newline: csv.newline };
  const headerAt = locateHeader(csv, profile);
  const resolved = resolveProfile(profile, headerAt?.cells ?? null, headerAt?.line ?? null);
  const firstDataLine = (headerAt ? headerAt.line : profile.skipRows ?? 0) + 1;
  const builder = new StatementBuilder(resolved, options.defaultCurrency ?? null, options.batchSize ?? 1_000, onBatch);
  const preamble = readPreamble(csv, dialect, headerAt?.line ?? firstDataLine, profile.decimalSeparator, resolved.order);
  for (const balance of preamble.balances) builder.notePreambleBalance(balance);
  const limit = options.limit ?? Infinity;
  forEachRecord(csv.text, dialect, (cells, line) => {
    if (line >= firstDataLine) builder.consume(cells, line);
    return builder.transactionCount < limit;
  });
  const totals = builder.finish();
  const currency = profile.currency ?? options.defaultCurrency ?? null;
  const accountValue = totals.accountValue ?? preamble.iban;
  return {
    encoding: csv.encoding,
    profile,
    account: { ...accountOf(accountValue, currency), type: profile.accountType ?? (profile.invertSign ? "card" : "checking") },
    transactionCount: totals.transactionCount,
    openingBalance: totals.openingBalance,
    closingBalance: totals.closingBalance,
    warnings: [...warnings, ...totals.warnings],
  };
}

function detectedProfile(csv: CsvText, warnings: ParseWarning[]): CsvProfile {
  const detection = detectFromText(csv);
  if (!detection.profile) {
    const line = detection.headerLine ?? detection.dataStartLine;
    const reason = detection.issues.join(" ");
    throw new AppError("PARSE_ERROR", `Line ${line}: ${reason} Map the columns with a CSV profile.`, {
      userMessage: `Tirelire could not read this CSV on its own (line ${line}: ${reason}). Map its columns in the import screen.`,
      details: { line, issues: detection.issues },
    });
  }
  for (const issue of detection.issues) warnings.push({ line: detection.headerLine ?? detection.dataStartLine, message: issue });
  return detection.profile;
}

/** A built-in preset: by name (`csvProfile: "rabobank-nl"`, the CLI's --profile NAME) or the preset object itself. */
function presetOf(value: unknown): CsvPreset | null {
  if (typeof value === "string" && !value.trim().startsWith("{")) return presetNamed(value);
  if (typeof value === "object" && value !== null && "match" in value && "profile" in value && typeof value.match === "function") {
    return presetNamed(String((value as { name?: unknown }).name ?? ""));
  }
  return null;
}

function presetNamed(name: string): CsvPreset {
  const preset = findPreset(name);
  if (preset) return preset;
  throw new AppError("INVALID_INPUT", `Unknown CSV profile "${name}". Built-in profiles: ${csvPresets.map((p) => p.name).join(", ")}.`);
}

/** Where the preset's header (or first data row) is in this file: the row its `match` recognises. */
function withPresetRows(preset: CsvPreset, csv: CsvText): CsvProfile {
  const records = readRecords(sampleOf(csv.text), { delimiter: preset.profile.delimiter ?? ",", newline: csv.newline }, 60);
  const matched = records.find((record) => preset.match(record.cells));
  if (!matched) {
    throw new AppError("PARSE_ERROR", `Line 1: this file does not look like a "${preset.profile.name}" export (no row matches it in the first ${records.length}).`, { details: { line: 1 } });
  }
  const skipRows = preset.matchedRow === "preamble" ? matched.line : matched.line - 1;
  return { ...preset.profile, skipRows };
}

/** A given profile without a delimiter gets the detected one. */
function withDialect(profile: CsvProfile, csv: CsvText): CsvProfile {
  if (profile.delimiter) return profile;
  return { ...profile, delimiter: detectLayout(csv).dialect.delimiter };
}

/** The header record: after skipRows lines when given, else the first row naming the profile's date column. */
function locateHeader(csv: CsvText, profile: CsvProfile): { cells: string[]; line: number } | null {
  if (!profile.hasHeader) return null;
  const records = readRecords(sampleOf(csv.text), { delimiter: profile.delimiter!, newline: csv.newline }, 60);
  const skip = profile.skipRows;
  const dateName = typeof profile.dateColumn === "string" ? profile.dateColumn.trim().toLowerCase() : null;
  const found =
    skip !== undefined
      ? records.find((record) => record.line > skip && !isBlankRecord(record.cells))
      : (records.find((record) => dateName !== null && record.cells.some((cell) => cell.toLowerCase() === dateName)) ?? records[0]);
  if (!found) throw new AppError("PARSE_ERROR", `Line ${(skip ?? 0) + 1}: no header row where profile "${profile.name}" expects one.`, { details: { line: (skip ?? 0) + 1 } });
  return found;
}

// The account column is named as such: its IBAN shape is enough (anonymised exports break the check digits).
const IBAN_SHAPE = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/;

function accountOf(value: string | null, currency: string | null): NormalizedAccount {
  const compact = value?.replace(/\s+/g, "") ?? null;
  const iban = compact && IBAN_SHAPE.test(compact) ? compact : null;
  return { externalId: iban ?? value, iban, number: value, bankId: null, name: null, type: "checking", currency };
}
