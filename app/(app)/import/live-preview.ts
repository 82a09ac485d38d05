/**
 * The mapping screen's live preview: applies a draft CSV mapping to the first rows in the browser, with the same
 * pure readers the server's CSV parser uses (parseDay, readAmount), so each change shows at once.
 */
import { dateOrderOf, parseDay } from "@/lib/aggregators/file/csv/dates";
import { readAmount as readCell } from "@/lib/aggregators/file/csv/decimal";

export type AmountKind = "signed" | "debitCredit";

export interface Mapping {
  dateColumn: number;
  dateFormat: string;
  labelColumns: number[];
  amountKind: AmountKind;
  amountColumn: number;
  debitColumn: number;
  creditColumn: number;
  decimalSeparator: "." | ",";
  invertSign: boolean;
  currency: string;
}

export interface LiveRow {
  date: string | null;
  amount: string | null;
  label: string;
}

function negate(amount: string): string {
  if (/^-?0(\.0*)?$/.test(amount)) return amount.replace(/^-/, "");
  return amount.startsWith("-") ? amount.slice(1) : `-${amount}`;
}

function readAmount(row: readonly string[], mapping: Mapping): string | null {
  const read = (column: number) => {
    const cell = (row[column] ?? "").trim();
    return cell ? readCell(cell, mapping.decimalSeparator) : null;
  };
  let amount: string | null;
  if (mapping.amountKind === "signed") {
    amount = read(mapping.amountColumn);
  } else {
    const debit = read(mapping.debitColumn);
    const credit = read(mapping.creditColumn);
    // Debits are money out whichever sign the bank wrote them with.
    amount = debit !== null && !/^-?0(\.0*)?$/.test(debit) ? `-${debit.replace(/^-/, "")}` : credit;
  }
  return amount !== null && mapping.invertSign ? negate(amount) : amount;
}

export function applyMapping(rows: readonly (readonly string[])[], mapping: Mapping): LiveRow[] {
  const order = dateOrderOf(mapping.dateFormat);
  return rows.map((row) => ({
    date: order ? parseDay(row[mapping.dateColumn] ?? "", order) : null,
    amount: readAmount(row, mapping),
    label: mapping.labelColumns.map((column) => (row[column] ?? "").trim()).filter(Boolean).join(" "),
  }));
}

/** Resolves a profile column reference (index or header text) to an index; -1 when absent. */
export function columnIndex(ref: unknown, headers: readonly string[] | null): number {
  if (typeof ref === "number") return ref;
  if (typeof ref !== "string" || !headers) return -1;
  return headers.findIndex((name) => name.trim().toLowerCase() === ref.trim().toLowerCase());
}

/** A mapping from a (detected, preset or saved) profile, for the editor's controls. */
export function mappingFromProfile(profile: Record<string, unknown> | null, headers: readonly string[] | null): Mapping {
  const amount = (profile?.amount ?? {}) as Record<string, unknown>;
  const labels = Array.isArray(profile?.labelColumns) ? (profile.labelColumns as unknown[]).map((ref) => columnIndex(ref, headers)).filter((i) => i >= 0) : [];
  return {
    dateColumn: Math.max(0, columnIndex(profile?.dateColumn, headers)),
    dateFormat: typeof profile?.dateFormat === "string" ? profile.dateFormat : "dd/mm/yyyy",
    labelColumns: labels.length ? labels : [1],
    amountKind: amount.kind === "debitCredit" ? "debitCredit" : "signed",
    amountColumn: Math.max(0, columnIndex(amount.column, headers)),
    debitColumn: Math.max(0, columnIndex(amount.debit, headers)),
    creditColumn: Math.max(0, columnIndex(amount.credit, headers)),
    decimalSeparator: profile?.decimalSeparator === "," ? "," : ".",
    invertSign: profile?.invertSign === true,
    currency: typeof profile?.currency === "string" ? profile.currency : "",
  };
}

/**
 * The profile to send: the base profile's other settings (encoding, delimiter, header position, balance or
 * reference columns) with the mapped fields replaced by column indices.
 */
export function profileFromMapping(base: Record<string, unknown> | null, mapping: Mapping, layout: { encoding: string; delimiter: string; skipRows: number; hasHeader: boolean }): Record<string, unknown> {
  const amount = mapping.amountKind === "signed"
    ? { kind: "signed", column: mapping.amountColumn }
    : { kind: "debitCredit", debit: mapping.debitColumn, credit: mapping.creditColumn };
  const profile: Record<string, unknown> = {
    ...(base ?? {}),
    name: typeof base?.name === "string" ? base.name : "Custom CSV mapping",
    encoding: layout.encoding, delimiter: layout.delimiter, skipRows: layout.skipRows, hasHeader: layout.hasHeader,
    dateColumn: mapping.dateColumn, dateFormat: mapping.dateFormat, labelColumns: mapping.labelColumns, amount,
    decimalSeparator: mapping.decimalSeparator, invertSign: mapping.invertSign,
  };
  if (/^[A-Za-z]{3}$/.test(mapping.currency)) profile.currency = mapping.currency.toUpperCase();
  else delete profile.currency;
  return profile;
}
