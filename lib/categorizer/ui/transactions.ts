/**
 * The household's transactions for the categorization page: newest first by keyset pages, with why each
 * category was chosen (source, confidence, the rule's name) and optional filters (search, account,
 * category, only the uncategorized).
 */
import { raw, type SqlValue } from "../../db/raw";
import type { HouseholdContext } from "../../auth/guard";
import { encodeCursor, parseCursor } from "../../transactions/keyset";
import { containsPattern } from "../../db/like";

export interface CategorizedRow {
  id: string;
  accountId: string;
  accountName: string;
  date: string;
  amountMinor: bigint;
  currency: string;
  label: string;
  rawLabel: string;
  payee: string | null;
  categoryId: string;
  categorySource: string;
  categoryConfidence: number | null;
  ruleName: string | null;
  status: string;
}

export interface CategorizedFilter {
  search?: string;
  accountId?: string;
  categoryId?: string;
  isUncategorizedOnly?: boolean;
  cursor?: string | null;
  limit?: number;
}

// The rule join is household-scoped too: a rule id from elsewhere never lends its name.
const SELECT_CATEGORIZED = `SELECT t."id", t."accountId", a."name" AS "accountName", t."date", t."amountMinor", t."currency", t."label", t."rawLabel", t."payee",
            t."categoryId", t."categorySource", t."categoryConfidence", r."name" AS "ruleName", t."status"
       FROM "Transaction" t
       JOIN "Account" a ON a."id" = t."accountId" AND a."householdId" = t."householdId"
       LEFT JOIN "Rule" r ON r."id" = t."categoryRuleId" AND r."householdId" = t."householdId"`;

/** Drivers return integers as bigint or number: one shape for the pages. */
function toCategorizedRow(row: CategorizedRow): CategorizedRow {
  return { ...row, amountMinor: BigInt(row.amountMinor), categoryConfidence: row.categoryConfidence === null ? null : Number(row.categoryConfidence), ruleName: row.ruleName ?? null };
}

export async function listCategorizedTransactions(ctx: HouseholdContext, filter: CategorizedFilter = {}): Promise<{ rows: CategorizedRow[]; nextCursor: string | null }> {
  const limit = Math.min(Math.max(filter.limit ?? 50, 1), 200);
  const where = [`t."householdId" = ?`, `t."deletedAt" IS NULL`];
  const params: SqlValue[] = [ctx.householdId];
  if (filter.accountId) {
    where.push(`t."accountId" = ?`);
    params.push(filter.accountId);
  }
  if (filter.categoryId) {
    where.push(`t."categoryId" = ?`);
    params.push(filter.categoryId);
  }
  if (filter.isUncategorizedOnly) where.push(`t."categoryId" = '0'`);
  if (filter.search?.trim()) {
    where.push(`(LOWER(t."label") LIKE ? ESCAPE '\\' OR LOWER(t."rawLabel") LIKE ? ESCAPE '\\' OR LOWER(COALESCE(t."payee", '')) LIKE ? ESCAPE '\\')`);
    const pattern = containsPattern(filter.search.trim());
    params.push(pattern, pattern, pattern);
  }
  const cursor = parseCursor(filter.cursor, "transactions");
  if (cursor) {
    where.push(`(t."date" < ? OR (t."date" = ? AND t."id" < ?))`);
    params.push(cursor.date, cursor.date, cursor.id);
  }
  const rows = await raw().all<CategorizedRow>(
    `${SELECT_CATEGORIZED}
      WHERE ${where.join(" AND ")}
      ORDER BY t."date" DESC, t."id" DESC
      LIMIT ?`,
    [...params, limit + 1],
  );
  const page = rows.slice(0, limit).map(toCategorizedRow);
  const last = page[page.length - 1];
  return { rows: page, nextCursor: rows.length > limit && last ? encodeCursor({ date: last.date, id: last.id }, "transactions") : null };
}

/** One transaction of the household with the same fields (404 for another household's id). */
export async function getCategorizedTransaction(ctx: HouseholdContext, transactionId: string): Promise<CategorizedRow | null> {
  const rows = await raw().all<CategorizedRow>(
    `${SELECT_CATEGORIZED}
      WHERE t."householdId" = ? AND t."id" = ? AND t."deletedAt" IS NULL`,
    [ctx.householdId, transactionId],
  );
  const row = rows[0];
  return row ? toCategorizedRow(row) : null;
}

/** The household's accounts (id, name) for filters and rule conditions. */
export async function listAccountNames(ctx: HouseholdContext): Promise<{ id: string; name: string }[]> {
  return raw().all<{ id: string; name: string }>(`SELECT "id", "name" FROM "Account" WHERE "householdId" = ? ORDER BY "name", "id"`, [ctx.householdId]);
}
