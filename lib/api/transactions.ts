/**
 * Transactions through the API: filters and keyset pages ordered by (date DESC, id DESC), so a page never
 * shifts when rows are added elsewhere; writes go through lib/transactions/manual (household scope, tombstones).
 */
import { raw, type SqlValue } from "../db/raw";
import type { HouseholdContext } from "../auth/guard";
import { fromMinor } from "../money";
import { encodeCursor, parseCursor } from "../transactions/keyset";
import { createManualTransaction, deleteTransaction, getTransaction, updateTransaction } from "../transactions/manual";
import { transactionCreateSchema, transactionFiltersSchema, transactionPatchSchema } from "./schemas";
import { queryObject } from "./query-params";

interface Row {
  id: string; accountId: string; date: string; amountMinor: bigint; currency: string; label: string; rawLabel: string; payee: string | null;
  categoryId: string; categorySource: string; status: string; note: string | null; tags: string;
}

function toApi(row: Row) {
  let tags: string[] = [];
  try {
    tags = (JSON.parse(row.tags) as unknown[]).map(String);
  } catch {
    tags = [];
  }
  return { id: row.id, accountId: row.accountId, date: row.date, amount: fromMinor(BigInt(row.amountMinor), row.currency), currency: row.currency, label: row.label, rawLabel: row.rawLabel, payee: row.payee, categoryId: row.categoryId, categorySource: row.categorySource, status: row.status, note: row.note, tags };
}

const COLUMNS = `"id", "accountId", "date", "amountMinor", "currency", "label", "rawLabel", "payee", "categoryId", "categorySource", "status", "note", "tags"`;

export async function listApiTransactions(ctx: HouseholdContext, query: URLSearchParams) {
  const filters = transactionFiltersSchema.parse(queryObject(query, Object.keys(transactionFiltersSchema.shape)));
  const where = [`"householdId" = ?`, `"deletedAt" IS NULL`];
  const params: SqlValue[] = [ctx.householdId];
  const add = (sql: string, value: SqlValue) => {
    where.push(sql);
    params.push(value);
  };
  if (filters.accountId) add(`"accountId" = ?`, filters.accountId);
  if (filters.categoryId) add(`"categoryId" = ?`, filters.categoryId);
  if (filters.status) add(`"status" = ?`, filters.status);
  if (filters.from) add(`"date" >= ?`, filters.from);
  if (filters.to) add(`"date" <= ?`, filters.to);
  if (filters.search?.trim()) {
    const pattern = `%${filters.search.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(`(LOWER("label") LIKE ? ESCAPE '\\' OR LOWER("rawLabel") LIKE ? ESCAPE '\\')`);
    params.push(pattern, pattern);
  }
  const cursor = parseCursor(filters.cursor, "transactions");
  if (cursor) {
    where.push(`("date" < ? OR ("date" = ? AND "id" < ?))`);
    params.push(cursor.date, cursor.date, cursor.id);
  }
  const rows = await raw().all<Row>(`SELECT ${COLUMNS} FROM "Transaction" WHERE ${where.join(" AND ")} ORDER BY "date" DESC, "id" DESC LIMIT ?`, [...params, filters.limit + 1]);
  const page = rows.slice(0, filters.limit);
  const last = page[page.length - 1];
  return { data: page.map(toApi), nextCursor: rows.length > filters.limit && last ? encodeCursor({ date: last.date, id: last.id }, "transactions") : null };
}

export async function getApiTransaction(ctx: HouseholdContext, id: string) {
  return toApi(await getTransaction(ctx, id));
}

export async function createApiTransaction(ctx: HouseholdContext, body: unknown) {
  const { accountId, ...input } = transactionCreateSchema.parse(body);
  const created = await createManualTransaction(ctx, accountId, input);
  return getApiTransaction(ctx, created.id);
}

export async function patchApiTransaction(ctx: HouseholdContext, id: string, body: unknown) {
  const patch = transactionPatchSchema.parse(body);
  const current = await getTransaction(ctx, id);
  await updateTransaction(ctx, id, { date: current.date, amount: fromMinor(current.amountMinor, current.currency), label: current.label, note: current.note ?? undefined, categoryId: current.categoryId, ...patch });
  return getApiTransaction(ctx, id);
}

export async function deleteApiTransaction(ctx: HouseholdContext, id: string): Promise<void> {
  await deleteTransaction(ctx, id);
}
