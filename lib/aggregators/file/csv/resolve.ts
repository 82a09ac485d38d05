/**
 * Turns a profile's column references (indices or header names) into indices once, before the row loop, and
 * fails with one clear error when a named column is not in the header.
 */
import { AppError } from "../../../errors";
import { dateOrderOf, type DateOrder } from "./dates";
import type { ColumnRef, CsvProfile } from "./profile";

export type ResolvedAmount =
  | { kind: "signed"; column: number }
  | { kind: "debitCredit"; debit: number; credit: number }
  | { kind: "indicator"; column: number; indicator: number; debitValues: Set<string> };

export interface ResolvedProfile {
  profile: CsvProfile;
  order: DateOrder;
  date: number;
  valueDate: number;
  labels: number[];
  payee: number;
  memo: number;
  amount: ResolvedAmount;
  currency: number;
  externalId: number;
  balance: number;
  checkNumber: number;
  category: number;
  account: number;
  status: number;
  recordType: { column: number; transaction: Set<string>; opening: Set<string>; closing: Set<string> } | null;
}

/** -1 = not mapped. */
export function resolveProfile(profile: CsvProfile, header: readonly string[] | null, headerLine: number | null): ResolvedProfile {
  const lookup = new Map<string, number>();
  header?.forEach((name, index) => {
    const key = name.trim().toLowerCase();
    if (key && !lookup.has(key)) lookup.set(key, index);
  });
  const column = (ref: ColumnRef | undefined, what: string): number => {
    if (ref === undefined) return -1;
    if (typeof ref === "number") return ref;
    const index = lookup.get(ref.trim().toLowerCase());
    if (index !== undefined) return index;
    const where = headerLine ? ` on line ${headerLine}` : "";
    throw new AppError("PARSE_ERROR", `Line ${headerLine ?? 1}: the ${what} column "${ref}" of profile "${profile.name}" is not in the header${where}.`, {
      userMessage: `This file does not match the CSV profile "${profile.name}": no column named "${ref}" (${what}).`,
      details: { line: headerLine ?? 1, column: ref },
    });
  };
  const order = dateOrderOf(profile.dateFormat);
  if (!order) throw new AppError("INVALID_INPUT", `Unknown date format "${profile.dateFormat}" in profile "${profile.name}".`);
  const amount = profile.amount;
  const resolvedAmount: ResolvedAmount =
    amount.kind === "signed"
      ? { kind: "signed", column: column(amount.column, "amount") }
      : amount.kind === "debitCredit"
        ? { kind: "debitCredit", debit: column(amount.debit, "debit"), credit: column(amount.credit, "credit") }
        : {
            kind: "indicator",
            column: column(amount.column, "amount"),
            indicator: column(amount.indicatorColumn, "debit/credit indicator"),
            debitValues: new Set(amount.debitValues.map((value) => value.trim().toLowerCase())),
          };
  const recordType = profile.recordType;
  return {
    profile,
    order,
    date: column(profile.dateColumn, "date"),
    valueDate: column(profile.valueDateColumn, "value date"),
    labels: profile.labelColumns.map((ref) => column(ref, "label")),
    payee: column(profile.payeeColumn, "payee"),
    memo: column(profile.memoColumn, "memo"),
    amount: resolvedAmount,
    currency: column(profile.currencyColumn, "currency"),
    externalId: column(profile.externalIdColumn, "reference"),
    balance: column(profile.balanceColumn, "balance"),
    checkNumber: column(profile.checkNumberColumn, "check number"),
    category: column(profile.categoryColumn, "category"),
    account: column(profile.accountColumn, "account"),
    status: column(profile.statusColumn, "status"),
    recordType: recordType
      ? {
          column: column(recordType.column, "record type"),
          transaction: new Set(recordType.transaction),
          opening: new Set(recordType.openingBalance ?? []),
          closing: new Set(recordType.closingBalance ?? []),
        }
      : null,
  };
}
