/**
 * The mapping screen's live preview: a draft mapping becomes a CSV profile, validated and resolved by the CSV
 * parser's own pure code (csvProfileSchema, resolveProfile, parseDay, readRowAmount), and applied to the first
 * records of the file in the browser, so what the screen shows is what the import will read.
 */
import { parseCsvProfile } from "@/lib/aggregators/file/csv/profile";
import { resolveProfile } from "@/lib/aggregators/file/csv/resolve";
import { parseDay } from "@/lib/aggregators/file/csv/dates";
import { negateAmount } from "@/lib/aggregators/file/csv/decimal";
import { joinTexts, readRowAmount } from "@/lib/aggregators/file/csv/rowValues";

export type AmountKind = "signed" | "debitCredit" | "indicator";

export interface Mapping {
  /** Physical lines before the header row (or the first data row when there is none): a bank's preamble. */
  skipRows: number;
  hasHeader: boolean;
  dateColumn: number;
  dateFormat: string;
  labelColumns: number[];
  amountKind: AmountKind;
  amountColumn: number;
  debitColumn: number;
  creditColumn: number;
  indicatorColumn: number;
  /** Indicator values meaning money out, as typed: comma-separated. */
  debitValues: string;
  decimalSeparator: "." | ",";
  invertSign: boolean;
  currency: string;
}

/** One record of the file as the detect route read it: cells and its first physical line. */
export interface FileRecord {
  line: number;
  cells: string[];
}

export interface LiveRow {
  line: number;
  date: string | null;
  amount: string | null;
  label: string;
}

export interface LivePreview {
  header: string[] | null;
  rows: LiveRow[];
  /** Rows the import would skip (no readable date or amount). */
  unreadable: number;
  /** Why the mapping cannot be used as it is (invalid profile, column missing from the header). */
  error: string | null;
}

/** The header and data records under a mapping's preamble and header settings. */
export function splitRecords(records: readonly FileRecord[], mapping: Pick<Mapping, "skipRows" | "hasHeader">): { header: FileRecord | null; data: FileRecord[] } {
  const after = records.filter((record) => record.line > mapping.skipRows);
  if (!mapping.hasHeader) return { header: null, data: after };
  return { header: after[0] ?? null, data: after.slice(1) };
}

function debitValuesOf(text: string): string[] {
  return text.split(",").map((value) => value.trim()).filter(Boolean);
}

/**
 * The profile to send: the base profile's other settings (balance, reference or status columns of a preset or a
 * saved profile) with the mapped fields replaced by column indices.
 */
export function profileFromMapping(base: Record<string, unknown> | null, mapping: Mapping, layout: { encoding: string; delimiter: string }): Record<string, unknown> {
  const amount = mapping.amountKind === "signed"
    ? { kind: "signed", column: mapping.amountColumn }
    : mapping.amountKind === "debitCredit"
      ? { kind: "debitCredit", debit: mapping.debitColumn, credit: mapping.creditColumn }
      : { kind: "indicator", column: mapping.amountColumn, indicatorColumn: mapping.indicatorColumn, debitValues: debitValuesOf(mapping.debitValues) };
  const profile: Record<string, unknown> = {
    ...(base ?? {}),
    name: typeof base?.name === "string" && base.name.trim() ? base.name : "Custom CSV mapping",
    encoding: layout.encoding, delimiter: layout.delimiter, skipRows: mapping.skipRows, hasHeader: mapping.hasHeader,
    dateColumn: mapping.dateColumn, dateFormat: mapping.dateFormat, labelColumns: mapping.labelColumns, amount,
    decimalSeparator: mapping.decimalSeparator, invertSign: mapping.invertSign,
  };
  if (/^[A-Za-z]{3}$/.test(mapping.currency)) profile.currency = mapping.currency.toUpperCase();
  else delete profile.currency;
  return profile;
}

function messageOf(error: unknown): string {
  const app = error as { userMessage?: unknown; message?: unknown };
  if (typeof app.userMessage === "string" && app.userMessage) return app.userMessage;
  return typeof app.message === "string" ? app.message : String(error);
}

/** The first `limit` data rows read through the mapping, exactly as the CSV parser would read them. */
export function previewMapping(records: readonly FileRecord[], mapping: Mapping, base: Record<string, unknown> | null, layout: { encoding: string; delimiter: string }, limit = 10): LivePreview {
  const { header, data } = splitRecords(records, mapping);
  const headerCells = header?.cells ?? null;
  let resolved: ReturnType<typeof resolveProfile>;
  try {
    resolved = resolveProfile(parseCsvProfile(profileFromMapping(base, mapping, layout)), headerCells, header?.line ?? null);
  } catch (error) {
    return { header: headerCells, rows: [], unreadable: 0, error: messageOf(error) };
  }
  const { profile } = resolved;
  let unreadable = 0;
  const rows: LiveRow[] = [];
  for (const record of data) {
    const date = parseDay(record.cells[resolved.date] ?? "", resolved.order);
    let amount = readRowAmount(record.cells, resolved.amount, profile.decimalSeparator);
    if (amount !== null && profile.invertSign) amount = negateAmount(amount);
    if (date === null || amount === null) unreadable++;
    if (rows.length < limit) rows.push({ line: record.line, date, amount, label: joinTexts(record.cells, resolved.labels) });
  }
  return { header: headerCells, rows, unreadable, error: null };
}

/** Resolves a profile column reference (index or header text) to an index; -1 when absent. */
export function columnIndex(ref: unknown, headers: readonly string[] | null): number {
  if (typeof ref === "number") return ref;
  if (typeof ref !== "string" || !headers) return -1;
  return headers.findIndex((name) => name.trim().toLowerCase() === ref.trim().toLowerCase());
}

/**
 * A mapping from a (detected, preset, saved or imported) profile, for the editor's controls. `fallback` gives the
 * preamble and header settings detection found when the profile does not say.
 */
export function mappingFromProfile(profile: Record<string, unknown> | null, headers: readonly string[] | null, fallback: { skipRows: number; hasHeader: boolean }): Mapping {
  const amount = (profile?.amount ?? {}) as Record<string, unknown>;
  const labels = Array.isArray(profile?.labelColumns) ? (profile.labelColumns as unknown[]).map((ref) => columnIndex(ref, headers)).filter((i) => i >= 0) : [];
  const kind: AmountKind = amount.kind === "debitCredit" || amount.kind === "indicator" ? amount.kind : "signed";
  const column = (ref: unknown, otherwise: number) => {
    const index = columnIndex(ref, headers);
    return index >= 0 ? index : otherwise;
  };
  return {
    skipRows: typeof profile?.skipRows === "number" ? profile.skipRows : fallback.skipRows,
    hasHeader: typeof profile?.hasHeader === "boolean" ? profile.hasHeader : fallback.hasHeader,
    dateColumn: column(profile?.dateColumn, 0),
    dateFormat: typeof profile?.dateFormat === "string" ? profile.dateFormat : "dd/mm/yyyy",
    labelColumns: labels.length ? labels : [1],
    amountKind: kind,
    amountColumn: column(amount.column, 2),
    debitColumn: column(amount.debit, 2),
    creditColumn: column(amount.credit, 3),
    indicatorColumn: column(amount.indicatorColumn, 3),
    debitValues: Array.isArray(amount.debitValues) ? (amount.debitValues as unknown[]).filter((v) => typeof v === "string").join(", ") : "D, DR, Debit",
    decimalSeparator: profile?.decimalSeparator === "," ? "," : ".",
    invertSign: profile?.invertSign === true,
    currency: typeof profile?.currency === "string" ? profile.currency : "",
  };
}
