/**
 * The explorer's filter, read from (and written back to) URL search parameters, so every figure on the
 * dashboard can link to its transactions. Invalid parts are dropped, never guessed. Pure.
 */
import { isIsoDay } from "../../dates";
import { fromMinor, parseAmount, toMinor } from "../../money";
import { invalidCursorError } from "../../transactions/keyset";

export interface ExplorerFilter {
  accountIds: string[];
  /** As chosen; the loader widens each to its subcategories. */
  categoryIds: string[];
  from: string | null;
  to: string | null;
  /** Signed bounds, inclusive, in minor units of the household currency's exponent. */
  minMinor: bigint | null;
  maxMinor: bigint | null;
  text: string;
  isUncategorized: boolean;
  status: "pending" | "booked" | null;
  bill: "with" | "without" | null;
  tags: string[];
  /** Internal transfers are part of the explorer unless the link came from an income/expense figure. */
  isExcludingTransfers: boolean;
}

export type SearchParams = Record<string, string | string[] | undefined>;

function list(value: string | string[] | undefined): string[] {
  const values = Array.isArray(value) ? value : value ? [value] : [];
  return [...new Set(values.flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v && v.length <= 100))];
}

function one(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

function amountBound(text: string, currency: string): bigint | null {
  if (!text) return null;
  const decimal = parseAmount(text, text.includes(",") && !text.includes(".") ? { decimalSeparator: "," } : {});
  if (decimal === null) return null;
  try {
    return toMinor(decimal, currency);
  } catch {
    return null;
  }
}

export function parseExplorerFilter(params: SearchParams, currency: string): ExplorerFilter {
  const from = one(params.from);
  const to = one(params.to);
  const status = one(params.status);
  const bill = one(params.bill);
  return {
    accountIds: list(params.account),
    categoryIds: list(params.category),
    from: isIsoDay(from) ? from : null,
    to: isIsoDay(to) ? to : null,
    minMinor: amountBound(one(params.min), currency),
    maxMinor: amountBound(one(params.max), currency),
    text: one(params.q).slice(0, 200),
    isUncategorized: one(params.uncategorized) === "1",
    status: status === "pending" || status === "booked" ? status : null,
    bill: bill === "with" || bill === "without" ? bill : null,
    tags: list(params.tag),
    isExcludingTransfers: one(params.transfers) === "exclude",
  };
}

/** The filter as a query string (no leading "?"); amounts as decimals of `currency`. */
export function explorerQuery(filter: Partial<ExplorerFilter>, currency: string, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const id of filter.accountIds ?? []) params.append("account", id);
  for (const id of filter.categoryIds ?? []) params.append("category", id);
  if (filter.from) params.set("from", filter.from);
  if (filter.to) params.set("to", filter.to);
  if (filter.minMinor != null) params.set("min", decimalOf(filter.minMinor, currency));
  if (filter.maxMinor != null) params.set("max", decimalOf(filter.maxMinor, currency));
  if (filter.text) params.set("q", filter.text);
  if (filter.isUncategorized) params.set("uncategorized", "1");
  if (filter.status) params.set("status", filter.status);
  if (filter.bill) params.set("bill", filter.bill);
  for (const tag of filter.tags ?? []) params.append("tag", tag);
  if (filter.isExcludingTransfers) params.set("transfers", "exclude");
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}

function decimalOf(minor: bigint, currency: string): string {
  return fromMinor(minor, currency);
}

/** Keyset cursor: the last row's (date, id), newest first. Opaque to the user, checked on the way back. */
export function encodeCursor(date: string, id: string): string {
  return `${date}_${id}`;
}

export function decodeCursor(cursor: string | undefined): { date: string; id: string } | null {
  const match = /^(\d{4}-\d{2}-\d{2})_([A-Za-z0-9_-]{1,64})$/.exec(cursor ?? "");
  return match ? { date: match[1]!, id: match[2]! } : null;
}

/**
 * The page's `cursor` parameter: null when absent or empty (the first page). Unlike the filter's parts, a bad cursor
 * is not dropped: that would silently answer the first page. It throws INVALID_INPUT naming `cursor`.
 */
export function parseExplorerCursor(cursor: string | undefined): { date: string; id: string } | null {
  if (cursor === undefined || cursor === "") return null;
  const decoded = decodeCursor(cursor);
  if (!decoded || !isIsoDay(decoded.date)) throw invalidCursorError("cursor");
  return decoded;
}
