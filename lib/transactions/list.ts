/** One account's (or the household's) transactions, newest first, by keyset pages with a label search. */
import { raw, type SqlValue } from "../db/raw";
import type { HouseholdContext } from "../auth/guard";
import { encodeCursor, parseCursor } from "./keyset";
import { containsPattern } from "../db/like";

export interface TransactionRow {
  id: string;
  accountId: string;
  date: string;
  amountMinor: bigint;
  currency: string;
  label: string;
  rawLabel: string;
  payee: string | null;
  categoryId: string;
  categorySource: string;
  categoryConfidence: number | null;
  status: string;
  note: string | null;
  transferId: string | null;
}

export interface TransactionPage {
  rows: TransactionRow[];
  nextCursor: string | null;
}

export interface ListOptions {
  accountId?: string;
  search?: string;
  cursor?: string | null;
  limit?: number;
}

/** A malformed cursor, or one from another list, is an INVALID_INPUT naming `cursor` (never a silent first page). */
export async function listTransactions(ctx: HouseholdContext, options: ListOptions = {}): Promise<TransactionPage> {
  const cursor = parseCursor(options.cursor, "transactions");
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 500);
  const where = [`t."householdId" = ?`, `t."deletedAt" IS NULL`];
  const params: SqlValue[] = [ctx.householdId];
  if (options.accountId) {
    where.push(`t."accountId" = ?`);
    params.push(options.accountId);
  }
  if (options.search?.trim()) {
    where.push(`(LOWER(t."label") LIKE ? ESCAPE '\\' OR LOWER(t."rawLabel") LIKE ? ESCAPE '\\')`);
    const pattern = containsPattern(options.search.trim());
    params.push(pattern, pattern);
  }
  if (cursor) {
    where.push(`(t."date" < ? OR (t."date" = ? AND t."id" < ?))`);
    params.push(cursor.date, cursor.date, cursor.id);
  }
  const rows = await raw().all<TransactionRow>(
    `SELECT t."id", t."accountId", t."date", t."amountMinor", t."currency", t."label", t."rawLabel", t."payee", t."categoryId",
            t."categorySource", t."categoryConfidence", t."status", t."note", t."transferId"
       FROM "Transaction" t
      WHERE ${where.join(" AND ")}
      ORDER BY t."date" DESC, t."id" DESC
      LIMIT ?`,
    [...params, limit + 1],
  );
  const page = rows.slice(0, limit).map((r) => ({ ...r, amountMinor: BigInt(r.amountMinor), categoryConfidence: r.categoryConfidence === null ? null : Number(r.categoryConfidence) }));
  const last = page[page.length - 1];
  return { rows: page, nextCursor: rows.length > limit && last ? encodeCursor({ date: last.date, id: last.id }, "transactions") : null };
}
