/**
 * transactions.csv for spreadsheets: RFC 4180, comma-separated, amounts as canonical decimals in their own
 * column. Text cells a spreadsheet would run as a formula (= + - @ tab CR) get a leading quote. Pure.
 */
import { fromMinor } from "../money";
import type { ExportRow } from "./read";

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | null | undefined): string {
  const text = value ?? "";
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const TRANSACTIONS_CSV_HEADER = ["id", "date", "valueDate", "account", "amount", "currency", "label", "rawLabel", "payee", "memo", "categoryId", "status", "tags", "note"] as const;

export function transactionsCsv(transactions: readonly ExportRow[], accountNames: ReadonlyMap<string, string>): string[] {
  const lines = [TRANSACTIONS_CSV_HEADER.join(",")];
  for (const t of transactions) {
    if (t.deletedAt) continue;
    const currency = String(t.currency);
    const amount = fromMinor(BigInt(String(t.amountMinor)), currency);
    const tags = (() => {
      try {
        return (JSON.parse(String(t.tags ?? "[]")) as string[]).join("|");
      } catch {
        return "";
      }
    })();
    const text = (v: unknown) => csvCell(v === null || v === undefined ? "" : String(v));
    lines.push([text(t.id), text(t.date), text(t.valueDate), text(accountNames.get(String(t.accountId)) ?? t.accountId), amount, currency, text(t.label), text(t.rawLabel), text(t.payee), text(t.memo), text(t.categoryId), text(t.status), csvCell(tags), text(t.note)].join(","));
  }
  return lines;
}
