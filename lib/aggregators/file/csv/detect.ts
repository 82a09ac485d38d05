/**
 * Builds a CSV profile for a file nobody described: a preset when one recognises it, otherwise column roles
 * from the header (confirmed by content) or from content alone, the date format scored over all rows, the
 * decimal style of the whole amount column, and the amount layout. What the mapping screen needs comes with it.
 */
import { detectDecimalSeparator } from "../../../money";
import { detectAmountLayout } from "./amounts";
import { allColumnStats } from "./columnStats";
import { mapColumns, type ColumnMapping } from "./columns";
import { detectDateFormat } from "./dateFormat";
import { isDateCell } from "./header";
import { detectLayout, type CsvLayout } from "./layout";
import type { AmountLayout, ColumnRef, CsvDelimiter, CsvProfile } from "./profile";
import { scanColumns } from "./scan";
import { decodeCsvText, type CsvText } from "./text";
import { currencyFromHeaders, currencyFromPreamble, currencyFromSymbols } from "./currencyHints";

const PREVIEW_ROWS = 20;
const STATS_ROWS = 300;

export interface CsvDetection {
  /** Null when no date or no amount column could be found (see issues); the user maps the columns. */
  profile: CsvProfile | null;
  /** 0..1: 0.95 for a preset, lower for guesses. */
  confidence: number;
  issues: string[];
  encoding: string;
  delimiter: CsvDelimiter;
  /** Header cells, or null when the file has no header row. */
  headers: string[] | null;
  headerLine: number | null;
  dataStartLine: number;
  columnCount: number;
  /** The first data rows, cells as strings, for a live preview. */
  preview: string[][];
  preset: string | null;
}

export interface DetectOptions {
  encoding?: string;
  /** false = guess from the content even when a built-in preset recognises the file. */
  usePresets?: boolean;
}

export function detectCsvProfile(bytes: Uint8Array, options: DetectOptions = {}): CsvDetection {
  return detectFromText(decodeCsvText(bytes, options.encoding), options.usePresets ?? true);
}

export function detectFromText(csv: CsvText, usePresets = true): CsvDetection {
  const layout = detectLayout(csv, undefined, usePresets);
  const { records, headerIndex, dataIndex, dialect } = layout;
  const header = headerIndex >= 0 ? records[headerIndex]!.cells : null;
  const dataRecords = records.slice(dataIndex);
  const dataRows = dataRecords.slice(0, STATS_ROWS).map((record) => record.cells);
  const columnCount = Math.max(header?.length ?? 0, ...dataRows.slice(0, 50).map((row) => row.length));
  const dataStartLine = dataRecords[0]?.line ?? (records[records.length - 1]?.line ?? 0) + 1;
  const base = {
    encoding: csv.encoding,
    delimiter: dialect.delimiter,
    headers: header,
    headerLine: header ? records[headerIndex]!.line : null,
    dataStartLine,
    columnCount,
    preview: dataRows.slice(0, PREVIEW_ROWS),
  };
  const skipRows = (base.headerLine ?? dataStartLine) - 1;
  if (layout.preset) {
    const profile = { ...layout.preset.profile, encoding: csv.encoding, delimiter: dialect.delimiter, skipRows };
    return { ...base, profile, confidence: 0.95, issues: [], preset: layout.preset.name };
  }
  const issues: string[] = [];
  const profile = guessProfile(csv, layout, header, dataRows, dataStartLine, skipRows, issues);
  return { ...base, profile: profile?.profile ?? null, confidence: profile ? profile.confidence : 0, issues, preset: null };
}

function guessProfile(csv: CsvText, layout: CsvLayout, header: string[] | null, dataRows: string[][], dataStartLine: number, skipRows: number, issues: string[]) {
  if (dataRows.length === 0) {
    issues.push("No data rows after the header.");
    return null;
  }
  const width = Math.max(header?.length ?? 0, ...dataRows.map((row) => row.length));
  const firstMapping = mapColumns(header, layout.headerRoles, allColumnStats(dataRows, width));
  if (firstMapping.date === null) {
    issues.push("No date column found.");
    return null;
  }
  const firstDateColumn = firstMapping.date;
  const datedRows = dataRows.filter((row) => isDateCell(row[firstDateColumn] ?? ""));
  // Balance, total and disclaimer rows (often shifted a column) must not blur what the other columns hold: map
  // again on the dated rows alone.
  const remapped = datedRows.length > 0 && datedRows.length < dataRows.length ? mapColumns(header, layout.headerRoles, allColumnStats(datedRows, width)) : null;
  const mapping = remapped?.date === firstDateColumn ? remapped : firstMapping;
  const dateColumn = firstDateColumn;
  const amount = detectAmountLayout(mapping, allColumnStats(datedRows, width), datedRows, header !== null);
  if (!amount) {
    issues.push("No amount column found.");
    return null;
  }
  issues.push(...amount.issues);
  const amountColumns = amountColumnsOf(amount.layout, amount.balance);
  const scan = scanColumns(csv.text, layout.dialect, dataStartLine, dateColumn, amountColumns);
  const dateFormat = detectDateFormat(scan.distinctDates, scan.dateSequence);
  if (!dateFormat) {
    issues.push("The dates could not be read in any supported format.");
    return null;
  }
  if (dateFormat.isAmbiguous) issues.push(`Several date formats fit every date; ${dateFormat.format} was chosen from the row order: check it.`);
  const ref = columnReferencer(header);
  const labels = mapping.labels.length ? mapping.labels : [firstFreeColumn(mapping, width) ?? dateColumn];
  if (!mapping.labels.length) issues.push("No description column found.");
  const profile: CsvProfile = {
    name: "Detected CSV profile",
    encoding: csv.encoding,
    delimiter: layout.dialect.delimiter,
    skipRows,
    hasHeader: header !== null,
    dateColumn: ref(dateColumn),
    dateFormat: dateFormat.format,
    labelColumns: labels.map(ref),
    amount: refLayout(amount.layout, ref),
    decimalSeparator: detectDecimalSeparator(scan.amountValues),
    invertSign: amount.invertSign,
  };
  // "Bedrag (EUR)" beats a currency column found by content only (it may hold the foreign currency of card spend).
  const headerCurrency = currencyFromHeaders(header, amountColumns);
  const isNamedCurrencyColumn = mapping.currency !== null && layout.headerRoles?.[mapping.currency] === "currency";
  const currencyColumn = headerCurrency && !isNamedCurrencyColumn ? null : mapping.currency;
  const optional: [keyof CsvProfile, number | null][] = [
    ["valueDateColumn", mapping.valueDate], ["payeeColumn", mapping.payee], ["memoColumn", mapping.memo],
    ["currencyColumn", currencyColumn], ["externalIdColumn", mapping.reference], ["balanceColumn", amount.balance],
    ["checkNumberColumn", mapping.checkNumber], ["categoryColumn", mapping.category], ["accountColumn", mapping.account],
    ["statusColumn", mapping.status],
  ];
  // A payee column read as the label is still the payee (who was paid is known); other roles are not doubled.
  for (const [key, index] of optional) if (index !== null && (key === "payeeColumn" || !labels.includes(index))) Object.assign(profile, { [key]: ref(index) });
  if (currencyColumn === null) {
    const currency =
      headerCurrency ??
      currencyFromSymbols(scan.amountValues) ??
      currencyFromPreamble(layout.records.slice(0, Math.max(layout.headerIndex, layout.dataIndex)));
    if (currency) profile.currency = currency;
  }
  let confidence = 0.45 + (header ? 0.2 : 0) + (dateFormat.isAmbiguous ? 0 : 0.1) + (dateFormat.readableShare >= 0.95 ? 0.1 : 0);
  confidence -= Math.min(0.3, amount.issues.length * 0.1);
  return { profile, confidence: Math.round(Math.min(0.9, confidence) * 100) / 100 };
}

function amountColumnsOf(layout: AmountLayout, balance: number | null): number[] {
  const columns = layout.kind === "debitCredit" ? [layout.debit, layout.credit] : [layout.column];
  if (balance !== null) columns.push(balance);
  return columns.filter((column): column is number => typeof column === "number");
}

/** Header names when they are unique (readable, robust to reordered columns), indices otherwise. */
function columnReferencer(header: string[] | null): (index: number) => ColumnRef {
  const counts = new Map<string, number>();
  for (const name of header ?? []) counts.set(name.trim().toLowerCase(), (counts.get(name.trim().toLowerCase()) ?? 0) + 1);
  return (index) => {
    const name = header?.[index]?.trim();
    return name && counts.get(name.toLowerCase()) === 1 && !/^\d+$/.test(name) ? name : index;
  };
}

function refLayout(layout: AmountLayout, ref: (index: number) => ColumnRef): AmountLayout {
  const at = (value: ColumnRef) => (typeof value === "number" ? ref(value) : value);
  if (layout.kind === "signed") return { kind: "signed", column: at(layout.column) };
  if (layout.kind === "debitCredit") return { kind: "debitCredit", debit: at(layout.debit), credit: at(layout.credit) };
  return { ...layout, column: at(layout.column), indicatorColumn: at(layout.indicatorColumn) };
}

function firstFreeColumn(mapping: ColumnMapping, width: number): number | null {
  const used = new Set(Object.values(mapping).flat());
  for (let index = 0; index < width; index++) if (!used.has(index)) return index;
  return null;
}
