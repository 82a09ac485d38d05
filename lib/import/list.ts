/** listImports: the household's import history, newest first, by keyset pages. */
import { raw, type SqlValue } from "../db/raw";
import type { HouseholdContext } from "../auth/guard";
import type { ImportBatchSummary, ImportPage } from "./types";
import { fromMinor } from "../money";
import { invalidCursorError } from "../transactions/keyset";

interface BatchSqlRow {
  id: string; fileName: string; format: string; encoding: string | null; sha256: string; status: string; accountId: string | null;
  countNew: bigint | number; countDuplicate: bigint | number; countSkipped: bigint | number; countReplaced: bigint | number;
  reportedBalanceMinor: bigint | number | null; computedBalanceMinor: bigint | number | null; currency: string | null;
  createdAt: string | Date; undoneAt: string | Date | null;
}

const toIso = (value: string | Date) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString());

function encodeCursor(createdAt: string, id: string): string {
  return Buffer.from(`${createdAt}|${id}`, "utf8").toString("base64url");
}

/**
 * The position a cursor names; null for the first page. A malformed or edited cursor is INVALID_INPUT naming
 * `cursor` (a 400 through the API), never read as the first page.
 */
export function decodeImportCursor(text: string | null | undefined): { createdAt: string; id: string } | null {
  if (!text) return null;
  const match = /^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)\|([\w-]{1,64})$/.exec(Buffer.from(text, "base64url").toString("utf8"));
  if (!match || encodeCursor(match[1]!, match[2]!) !== text) throw invalidCursorError("cursor");
  return { createdAt: match[1]!, id: match[2]! };
}

export async function listImports(ctx: HouseholdContext, options: { cursor?: string | null; limit?: number } = {}): Promise<ImportPage> {
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 200);
  const where = [`b."householdId" = ?`];
  const params: SqlValue[] = [ctx.householdId];
  const cursor = decodeImportCursor(options.cursor);
  if (cursor) {
    where.push(`(b."createdAt" < ? OR (b."createdAt" = ? AND b."id" < ?))`);
    params.push(cursor.createdAt, cursor.createdAt, cursor.id);
  }
  const rows = await raw().all<BatchSqlRow>(
    `SELECT b."id", b."fileName", b."format", b."encoding", b."sha256", b."status", b."accountId", b."countNew", b."countDuplicate",
            b."countSkipped", b."countReplaced", b."reportedBalanceMinor", b."computedBalanceMinor", a."currency", b."createdAt", b."undoneAt"
       FROM "ImportBatch" b LEFT JOIN "Account" a ON a."id" = b."accountId"
      WHERE ${where.join(" AND ")}
      ORDER BY b."createdAt" DESC, b."id" DESC
      LIMIT ?`,
    [...params, limit + 1],
  );
  const items: ImportBatchSummary[] = rows.slice(0, limit).map((r) => ({
    id: r.id, fileName: r.fileName, format: r.format, encoding: r.encoding, sha256: r.sha256, status: r.status, accountId: r.accountId,
    countNew: Number(r.countNew), countDuplicate: Number(r.countDuplicate), countSkipped: Number(r.countSkipped), countReplaced: Number(r.countReplaced),
    reportedBalance: formatMinor(r.reportedBalanceMinor, r.currency), computedBalance: formatMinor(r.computedBalanceMinor, r.currency),
    createdAt: toIso(r.createdAt), undoneAt: r.undoneAt ? toIso(r.undoneAt) : null,
  }));
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.createdAt, last.id) : null };
}

function formatMinor(value: bigint | number | null, currency: string | null): string | null {
  if (value === null || !currency) return null;
  return fromMinor(BigInt(value), currency);
}
