/** Reading one record's cells through a resolved profile: the signed amount, the texts, the reference. */
import type { DecimalSeparator } from "../../../money";
import { absAmount, addAmounts, isZeroAmount, negateAmount, readAmount } from "./decimal";
import type { ResolvedAmount } from "./resolve";

/** The row's signed amount (negative = money out, before `invertSign`); null when the row has none. */
export function readRowAmount(cells: readonly string[], layout: ResolvedAmount, decimalSeparator: DecimalSeparator): string | null {
  if (layout.kind === "signed") return readAmount(cells[layout.column] ?? "", decimalSeparator);
  if (layout.kind === "indicator") {
    const amount = readAmount(cells[layout.column] ?? "", decimalSeparator);
    if (amount === null) return null;
    const isDebit = layout.debitValues.has((cells[layout.indicator] ?? "").toLowerCase());
    return isDebit ? negateAmount(absAmount(amount)) : absAmount(amount);
  }
  const debit = readAmount(cells[layout.debit] ?? "", decimalSeparator);
  const credit = readAmount(cells[layout.credit] ?? "", decimalSeparator);
  if (debit === null && credit === null) return null;
  // Debits are written positive by most banks and negative by some: either way they take money out.
  const out = debit === null || isZeroAmount(debit) ? null : negateAmount(absAmount(debit));
  const inflow = credit === null || isZeroAmount(credit) ? null : absAmount(credit);
  if (out && inflow) return addAmounts(inflow, out);
  return out ?? inflow ?? (credit ?? debit)!;
}

/** Trimmed text; Excel guards are unwrapped: ASN's "'text'" and the formula form ="0234500012345678". */
export function cellText(cells: readonly string[], index: number): string {
  if (index < 0) return "";
  const value = cells[index] ?? "";
  if (value.length < 2) return value;
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  if (first === 39 && last === 39) return value.slice(1, -1).trim();
  if (first === 61 && value.charCodeAt(1) === 34 && last === 34) return value.slice(2, -1).trim();
  return value;
}

export function joinTexts(cells: readonly string[], indices: readonly number[]): string {
  if (indices.length === 1) return cellText(cells, indices[0]!);
  let joined = "";
  for (const index of indices) {
    const text = cellText(cells, index);
    if (text) joined = joined ? `${joined} ${text}` : text;
  }
  return joined;
}

/** A bank reference, or null when empty or a placeholder of zeros. */
export function readReference(cells: readonly string[], index: number): string | null {
  const value = cellText(cells, index);
  if (!value) return null;
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) !== 48) return value;
  return null;
}
