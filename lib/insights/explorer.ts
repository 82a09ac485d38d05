/**
 * The transaction explorer's reads: one WHERE built from the filter (shape/filters.ts), a keyset page (newest
 * first, (date, id) cursor: constant time at any depth, unlike OFFSET) and the filter's totals per currency.
 */
import { raw, type SqlValue } from "../db/raw";
import type { HouseholdContext } from "../auth/guard";
import { selectCustomCategories } from "../categorizer/db/rows";
import { BUILT_IN_CATEGORIES, type CustomCategory } from "../categorizer/tree";
import { descendantsAmong } from "./shape/donut";
import { encodeCursor, type ExplorerFilter } from "./shape/filters";
import { liveRows, NOT_TRANSFER_SQL, toBigInt, type Fragment } from "./scope";
import { containsPattern } from "../db/like";

function placeholders(values: readonly unknown[]): string {
  return values.map(() => "?").join(", ");
}

/** Every category id the filter covers: each chosen one and its subcategories (built-in and the household's). */
export function expandCategories(categoryIds: readonly string[], custom: readonly CustomCategory[]): string[] {
  const all = [...BUILT_IN_CATEGORIES.map((c) => c.id), ...custom.map((c) => c.id)];
  return [...new Set(categoryIds.flatMap((id) => descendantsAmong(id, all, custom)))];
}

export async function explorerWhere(ctx: HouseholdContext, filter: ExplorerFilter): Promise<Fragment> {
  const scope = liveRows(ctx.householdId);
  const clauses = [scope.sql];
  const params: SqlValue[] = [...scope.params];
  const add = (sql: string, ...values: SqlValue[]) => {
    clauses.push(sql);
    params.push(...values);
  };
  // `|| ''` keeps SQLite's planner on the date-ordered indexes for account and category filters: the keyset page
  // then walks (householdId, date) newest first and stops after one page, and totals read the period covering
  // index; left to itself it picks (accountId, date) or (categoryId, date) and sorts every match (bench/insights).
  if (filter.accountIds.length) add(`(t."accountId" || '') IN (${placeholders(filter.accountIds)})`, ...filter.accountIds);
  if (filter.categoryIds.length) {
    const ids = expandCategories(filter.categoryIds, await selectCustomCategories(raw(), ctx.householdId));
    add(`(t."categoryId" || '') IN (${placeholders(ids)})`, ...ids);
  }
  if (filter.from) add(`t."date" >= ?`, filter.from);
  if (filter.to) add(`t."date" <= ?`, filter.to);
  if (filter.minMinor !== null) add(`t."amountMinor" >= ?`, filter.minMinor);
  if (filter.maxMinor !== null) add(`t."amountMinor" <= ?`, filter.maxMinor);
  if (filter.text) {
    const pattern = containsPattern(filter.text);
    add(`(LOWER(t."label") LIKE ? ESCAPE '\\' OR LOWER(t."rawLabel") LIKE ? ESCAPE '\\' OR LOWER(COALESCE(t."payee", '')) LIKE ? ESCAPE '\\' OR LOWER(COALESCE(t."note", '')) LIKE ? ESCAPE '\\')`, pattern, pattern, pattern, pattern);
  }
  if (filter.isUncategorized) add(`(t."categoryId" || '') = '0'`);
  if (filter.status) add(`t."status" = ?`, filter.status);
  if (filter.bill) {
    const exists = `EXISTS (SELECT 1 FROM "BillLink" b WHERE b."transactionId" = t."id" AND b."state" <> 'rejected')`;
    add(filter.bill === "with" ? exists : `NOT ${exists}`);
  }
  // Tags are a JSON array string: match the JSON-encoded tag, quotes included, so "car" never matches "carpool".
  for (const tag of filter.tags) add(`t."tags" LIKE ? ESCAPE '\\'`, `%${JSON.stringify(tag).replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (filter.isExcludingTransfers) add(NOT_TRANSFER_SQL);
  return { sql: clauses.join(" AND "), params };
}

export interface ExplorerRow {
  id: string;
  date: string;
  accountId: string;
  accountName: string;
  label: string;
  payee: string | null;
  amountMinor: bigint;
  currency: string;
  categoryId: string;
  status: string;
  tags: string[];
  note: string | null;
  transferId: string | null;
}

export function parseTags(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

// The account name comes from a correlated subquery, not a JOIN: a join lets SQLite start from Account and read
// each account's rows through (accountId, date), sorting them all, instead of walking dates newest first.
const SELECT_ROWS = `SELECT t."id", t."date", t."accountId", (SELECT a."name" FROM "Account" a WHERE a."id" = t."accountId") AS "accountName",
       t."label", t."payee", t."amountMinor", t."currency", t."categoryId", t."status", t."tags", t."note", t."transferId"
  FROM "Transaction" t`;

type RawRow = Omit<ExplorerRow, "tags"> & { tags: string };

export function toExplorerRow(r: RawRow): ExplorerRow {
  return { ...r, amountMinor: toBigInt(r.amountMinor), tags: parseTags(r.tags) };
}

/** Rows after the cursor (newest first) within a prepared WHERE; used by the page and the CSV stream. */
export async function selectAfter(where: Fragment, cursor: { date: string; id: string } | null, limit: number): Promise<ExplorerRow[]> {
  // "date <= ?" first: a plain range the index can seek to (the OR alone would scan from the newest row).
  const keyset = cursor ? ` AND t."date" <= ? AND (t."date" < ? OR t."id" < ?)` : "";
  const rows = await raw().all<RawRow>(
    `${SELECT_ROWS} WHERE ${where.sql}${keyset} ORDER BY t."date" DESC, t."id" DESC LIMIT ?`,
    [...where.params, ...(cursor ? [cursor.date, cursor.date, cursor.id] : []), limit],
  );
  return rows.map(toExplorerRow);
}

export async function loadExplorerPage(ctx: HouseholdContext, filter: ExplorerFilter, cursor: { date: string; id: string } | null, pageSize = 50): Promise<{ rows: ExplorerRow[]; nextCursor: string | null }> {
  const rows = await selectAfter(await explorerWhere(ctx, filter), cursor, pageSize + 1);
  const page = rows.slice(0, pageSize);
  const last = page[page.length - 1];
  return { rows: page, nextCursor: rows.length > pageSize && last ? encodeCursor(last.date, last.id) : null };
}

/** The filter's totals (SQL SUM), one per currency: amounts in different currencies never add up. */
export async function loadExplorerTotals(ctx: HouseholdContext, filter: ExplorerFilter): Promise<{ currency: string; totalMinor: bigint; count: number }[]> {
  const where = await explorerWhere(ctx, filter);
  const rows = await raw().all<{ currency: string; s: bigint; n: bigint }>(
    `SELECT t."currency", SUM(t."amountMinor") AS "s", COUNT(*) AS "n" FROM "Transaction" t WHERE ${where.sql} GROUP BY t."currency" ORDER BY t."currency"`,
    where.params,
  );
  return rows.map((r) => ({ currency: r.currency, totalMinor: toBigInt(r.s), count: Number(r.n) }));
}
