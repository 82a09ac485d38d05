/**
 * Imports through the API: the history (keyset pages, the API's { data, nextCursor } shape), one batch, and undo.
 * Uploading a file (commit or preview) reuses the import routes' multipart handling (lib/http/import-request.ts).
 */
import type { HouseholdContext } from "../auth/guard";
import { db } from "../db/client";
import { AppError, notFound } from "../errors";
import { listImports, undoImport } from "../import";
import { decodeImportCursor } from "../import/list";
import type { ImportBatchSummary } from "../import/types";
import { fromMinor } from "../money";
import { importFiltersSchema } from "./schemas";

/**
 * listImports' cursor is base64url("<createdAt ISO>|<id>") of the last batch of a page. A malformed one, or one
 * that names no batch of this household (truncated, edited, another household's), is an error here, never a
 * silent first page or a page from somewhere else.
 */
async function isImportCursor(ctx: HouseholdContext, cursor: string): Promise<boolean> {
  let position: ReturnType<typeof decodeImportCursor>;
  try {
    position = decodeImportCursor(cursor);
  } catch {
    return false;
  }
  if (!position) return false;
  const batch = await db().importBatch.findFirst({ where: { id: position.id, householdId: ctx.householdId }, select: { createdAt: true } });
  return batch !== null && batch.createdAt.toISOString() === position.createdAt;
}

export async function listApiImports(ctx: HouseholdContext, query: URLSearchParams) {
  const filters = importFiltersSchema.parse(Object.fromEntries(query));
  if (filters.cursor && !(await isImportCursor(ctx, filters.cursor))) {
    throw new AppError("INVALID_INPUT", "Invalid cursor: pass back the nextCursor of a previous page", { details: { fields: [{ field: "cursor", message: "Invalid cursor." }] } });
  }
  const page = await listImports(ctx, { cursor: filters.cursor ?? null, limit: filters.limit });
  return { data: page.items, nextCursor: page.nextCursor };
}

export async function getApiImport(ctx: HouseholdContext, id: string): Promise<ImportBatchSummary> {
  const row = await db().importBatch.findFirst({ where: { id, householdId: ctx.householdId }, include: { account: { select: { currency: true } } } });
  if (!row) throw notFound("Import");
  const money = (minor: bigint | null) => (minor === null || !row.account ? null : fromMinor(minor, row.account.currency));
  return {
    id: row.id, fileName: row.fileName, format: row.format, encoding: row.encoding, sha256: row.sha256, status: row.status, accountId: row.accountId,
    countNew: row.countNew, countDuplicate: row.countDuplicate, countSkipped: row.countSkipped, countReplaced: row.countReplaced,
    reportedBalance: money(row.reportedBalanceMinor), computedBalance: money(row.computedBalanceMinor),
    createdAt: row.createdAt.toISOString(), undoneAt: row.undoneAt?.toISOString() ?? null,
  };
}

/** Undo: the batch's transactions are removed and the batch marked undone (scope, permission and 404 live in undoImport). */
export async function undoApiImport(ctx: HouseholdContext, id: string): Promise<ImportBatchSummary> {
  await undoImport(ctx, id);
  return getApiImport(ctx, id);
}
