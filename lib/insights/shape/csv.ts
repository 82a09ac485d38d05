/**
 * CSV of the explorer's filter. Text cells that a spreadsheet would run as a formula (starting with = + - @,
 * tab or CR) get a leading quote; amounts are written as plain decimal strings in their own column, never
 * neutralized, so "-12.30" stays a number. Pure.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function quoteCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A text cell, safe against formula injection. */
export function csvText(value: string | null | undefined): string {
  const text = value ?? "";
  return quoteCell(FORMULA_START.test(text) ? `'${text}` : text);
}

/** A canonical decimal amount ("-12.30"): checked, then written as is. */
export function csvAmount(decimal: string): string {
  if (!/^-?\d+(\.\d+)?$/.test(decimal)) throw new Error(`Not a canonical decimal: ${decimal}`);
  return decimal;
}

export const CSV_HEADER = ["date", "account", "label", "payee", "category", "amount", "currency", "status", "tags", "note", "id"] as const;

export interface CsvTransaction {
  date: string;
  account: string;
  label: string;
  payee: string | null;
  category: string;
  amount: string;
  currency: string;
  status: string;
  tags: readonly string[];
  note: string | null;
  id: string;
}

export function csvLine(row: CsvTransaction): string {
  return [
    csvText(row.date), csvText(row.account), csvText(row.label), csvText(row.payee), csvText(row.category), csvAmount(row.amount),
    csvText(row.currency), csvText(row.status), csvText(row.tags.join("; ")), csvText(row.note), csvText(row.id),
  ].join(",") + "\r\n";
}

export function csvHeaderLine(): string {
  return CSV_HEADER.join(",") + "\r\n";
}
