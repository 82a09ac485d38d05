/**
 * Which column is what: header roles confirmed by content, then content alone for what the header did not give
 * (or when there is no header at all). Returns column indices; amounts are resolved separately (amounts.ts).
 */
import type { ColumnStats } from "./columnStats";
import { rankedRoleOfHeader, type ColumnRole } from "./vocabulary";

export interface ColumnMapping {
  date: number | null;
  valueDate: number | null;
  labels: number[];
  payee: number | null;
  memo: number | null;
  amount: number | null;
  debit: number | null;
  credit: number | null;
  /** A column of D/C-like tokens (from its header, or found by content). */
  indicator: number | null;
  currency: number | null;
  balance: number | null;
  reference: number | null;
  checkNumber: number | null;
  category: number | null;
  account: number | null;
  status: number | null;
}

// Named date columns also hold pending markers ("offen", "Pending") and balance rows ("Alter Kontostand"): half will do.
const isDateLike = (s: ColumnStats) => s.nonEmpty > 0 && s.dateShare >= 0.5;
const IBAN_SHAPE = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/;
const isAmountLike = (s: ColumnStats) => s.nonEmpty === 0 || s.amountShare >= 0.8;

/** Confirms what the header says with the values under it; null when the values contradict it. */
function confirmRole(role: ColumnRole, stats: ColumnStats, header: string, rowCount: number): ColumnRole | null {
  switch (role) {
    case "date":
    case "valueDate":
      if (isDateLike(stats)) return role;
      if (stats.currencyShare >= 0.8) return "currency"; // Italian "Valuta" is the currency
      return stats.nonEmpty === 0 && role === "valueDate" ? role : null;
    case "amount":
      return stats.nonEmpty > 0 && stats.amountShare >= 0.8 ? role : null;
    case "debit":
    case "credit":
    case "balance":
      return isAmountLike(stats) ? role : null;
    case "indicator":
    case "type":
      return stats.nonEmpty > 0 && stats.indicatorShare >= 0.9 && stats.distinct <= 4 ? "indicator" : role === "type" ? "memo" : null;
    case "currency":
      return stats.currencyShare >= 0.8 ? role : null;
    case "reference":
      // A "Reference" column of repeated codes (MST, ITR) is not an identifier; one of words ("SALARY NOV",
      // "Interest": Starling, Revolut) is the payment's text, and would collide with next month's as an id.
      if (stats.nonEmpty > 0 && stats.distinct >= stats.nonEmpty * 0.9 && stats.wordShare >= 0.9 && stats.idShare >= 0.5) return role;
      return stats.nonEmpty > 0 && stats.wordShare < 0.9 && stats.averageLength > 3 ? "memo" : null;
    case "account":
      // The account's own number repeats on every row; an "IBAN" column that changes is the counterparty's (DKB, VR).
      return stats.nonEmpty > 0 && stats.distinct === 1 && stats.nonEmpty >= rowCount * 0.8 ? role : "other";
    case "label":
      if (isCodeColumn(stats)) return null; // Chase "Details": DEBIT, CREDIT, CHECK — a type, not a description
      return stats.isConstant && !/\d$/.test(header.trim()) ? null : role;
    case "payee":
      // The same name on every row is the account holder's (KBC "Naam"), not a counterparty.
      return stats.isConstant ? null : role;
    default:
      return role;
  }
}

/** Short tokens from a handful of values, mostly debit/credit words. */
function isCodeColumn(stats: ColumnStats): boolean {
  return stats.nonEmpty >= 3 && stats.indicatorShare >= 0.5 && stats.distinct <= 6 && stats.averageLength <= 8;
}

/**
 * Two columns claim a role: one whose values vary beats an empty one (bunq's empty "Counterparty" vs its "Name"),
 * otherwise the more typical header wins (one row of KBC's holder "Naam" must not beat an empty "Naam tegenpartij").
 */
function isBetterClaim(index: number, current: number, header: readonly string[] | null, stats: readonly ColumnStats[]): boolean {
  const candidate = stats[index]!;
  const incumbent = stats[current]!;
  if (incumbent.nonEmpty === 0 && candidate.distinct >= 2) return true;
  if (candidate.nonEmpty === 0 && incumbent.distinct >= 2) return false;
  return rankOf(header, index) < rankOf(header, current);
}

function rankOf(header: readonly string[] | null, index: number): number {
  return rankedRoleOfHeader(header?.[index] ?? "")?.rank ?? 1000;
}

export function emptyMapping(): ColumnMapping {
  return {
    date: null, valueDate: null, labels: [], payee: null, memo: null, amount: null, debit: null, credit: null, indicator: null,
    currency: null, balance: null, reference: null, checkNumber: null, category: null, account: null, status: null,
  };
}

export function mapColumns(header: readonly string[] | null, headerRoles: readonly (ColumnRole | null)[] | null, stats: readonly ColumnStats[]): ColumnMapping {
  const mapping = emptyMapping();
  const taken = new Set<number>();
  const dateRoleColumns: number[] = [];
  const valueDateColumns: number[] = [];
  const rowCount = Math.max(0, ...stats.map((s) => s.nonEmpty));
  stats.forEach((columnStats, index) => {
    const proposed = headerRoles?.[index] ?? null;
    const role = proposed ? confirmRole(proposed, columnStats, header?.[index] ?? "", rowCount) : null;
    if (!role) return;
    if (role === "date") dateRoleColumns.push(index);
    else if (role === "valueDate") valueDateColumns.push(index);
    else if (role === "label") mapping.labels.push(index);
    else if (role === "memo") {
      if (mapping.memo === null) mapping.memo = index;
    } else if (role === "type") return;
    else if (role === "other") {
      taken.add(index);
      return;
    }
    else if (mapping[role] === null || isBetterClaim(index, mapping[role], header, stats)) mapping[role] = index;
    else return;
    taken.add(index);
  });
  // First date-like column is the booking date; a lone value date stands in for it (UBS "Date de valeur") unless an
  // unnamed date column comes before it (ING's "Buchung;Valuta").
  const unnamedDate = stats.find((s) => !taken.has(s.index) && !headerRoles?.[s.index] && s.nonEmpty > 0 && s.dateShare >= 0.8);
  const isBookingBefore = unnamedDate !== undefined && valueDateColumns[0] !== undefined && unnamedDate.index < valueDateColumns[0];
  if (dateRoleColumns.length === 0 && isBookingBefore) {
    dateRoleColumns.push(unnamedDate.index);
    taken.add(unnamedDate.index);
  }
  mapping.date = dateRoleColumns[0] ?? valueDateColumns[0] ?? null;
  const isOtherDate = (index: number) => index !== mapping.date && stats[index]!.nonEmpty > 0;
  mapping.valueDate = valueDateColumns.find(isOtherDate) ?? dateRoleColumns.find(isOtherDate) ?? null;
  fillFromContent(mapping, stats, taken, headerRoles !== null);
  return mapping;
}

function isFilledText(stats: readonly ColumnStats[], index: number): boolean {
  const column = stats[index]!;
  const rows = Math.max(...stats.map((s) => s.nonEmpty));
  return column.nonEmpty >= rows * 0.8 && column.amountShare < 0.5 && column.dateShare < 0.5 && !column.isConstant;
}

function fillFromContent(mapping: ColumnMapping, stats: readonly ColumnStats[], taken: Set<number>, hasHeader: boolean): void {
  if (mapping.date === null) {
    const dateColumns = stats.filter((s) => !taken.has(s.index) && s.nonEmpty > 0 && s.dateShare >= 0.8);
    mapping.date = dateColumns[0]?.index ?? null;
    if (mapping.valueDate === null) mapping.valueDate = dateColumns[1]?.index ?? null;
    for (const s of dateColumns.slice(0, 2)) taken.add(s.index);
  }
  if (mapping.indicator === null) {
    const indicator = stats.find((s) => !taken.has(s.index) && s.nonEmpty > 0 && s.indicatorShare >= 0.9 && s.distinct <= 4 && s.averageLength <= 8);
    if (indicator) {
      mapping.indicator = indicator.index;
      taken.add(indicator.index);
    }
  }
  if (mapping.currency === null) {
    const currency = stats.find((s) => !taken.has(s.index) && s.nonEmpty > 0 && s.currencyShare >= 0.9);
    if (currency) {
      mapping.currency = currency.index;
      taken.add(currency.index);
    }
  }
  // Without a header, a column repeating one IBAN on every row is the account's (easybank's first column).
  if (mapping.account === null) {
    const account = stats.find((s) => !taken.has(s.index) && s.isConstant && IBAN_SHAPE.test(s.values[0]?.replace(/\s+/g, "") ?? ""));
    if (account) {
      mapping.account = account.index;
      taken.add(account.index);
    }
  }
  // A header that names a payee but no description: the payee is the label (free text columns could be addresses);
  // a memo filled on (almost) every row is the description too (Barclays "Memo").
  if (mapping.labels.length === 0 && hasHeader && mapping.payee !== null) mapping.labels = [mapping.payee];
  if (mapping.labels.length === 0 && hasHeader && mapping.memo !== null && isFilledText(stats, mapping.memo)) mapping.labels = [mapping.memo];
  if (mapping.labels.length === 0) {
    mapping.labels = stats
      .filter((s) => !taken.has(s.index) && s.nonEmpty > 0 && s.amountShare < 0.5 && s.dateShare < 0.5 && s.averageLength > 4 && !s.isConstant)
      .slice(0, 3)
      .map((s) => s.index);
    for (const index of mapping.labels) taken.add(index);
    if (mapping.labels.length === 0 && mapping.payee !== null) mapping.labels = [mapping.payee];
    else if (mapping.labels.length === 0 && mapping.memo !== null) mapping.labels = [mapping.memo];
  }
}
