/** The database reads of the pipeline (thin): the household's accounts and the rows a file may duplicate. */
import type { RawTx, SqlValue } from "../db/raw";
import { AppError } from "../errors";
import { addDays } from "../dates";
import type { KnownAccount } from "./resolve-accounts";
import type { ExistingRow } from "./classify";

export async function loadHousehold(tx: RawTx, householdId: string): Promise<{ currency: string; accounts: KnownAccount[] }> {
  const [household] = await tx.all<{ currency: string }>(`SELECT "currency" FROM "Household" WHERE "id" = ?`, [householdId]);
  if (!household) throw new AppError("NOT_FOUND", "Household not found");
  const accounts = await tx.all<KnownAccount>(
    `SELECT "id", "name", "type", "currency", "iban", "number", "externalId" FROM "Account" WHERE "householdId" = ? ORDER BY "createdAt", "id"`,
    [householdId],
  );
  return { currency: household.currency, accounts };
}

interface ExistingSqlRow {
  id: string;
  externalId: string | null;
  date: string;
  amountMinor: bigint | number;
  currency: string;
  rawLabel: string;
  status: string;
  deletedAt: unknown;
  importBatchId: string | null;
}

// No join for the batch format: one small query maps the account's batches instead of one lookup per row.
const SELECT_EXISTING = `SELECT t."id", t."externalId", t."date", t."amountMinor", t."currency", t."rawLabel", t."status", t."deletedAt", t."importBatchId"
  FROM "Transaction" t`;

function toExisting(row: ExistingSqlRow, formats: ReadonlyMap<string, string>): ExistingRow {
  return {
    id: row.id, externalId: row.externalId, date: row.date, amountMinor: BigInt(row.amountMinor), currency: row.currency, rawLabel: row.rawLabel,
    isPending: row.status === "pending", isDeleted: row.deletedAt !== null, batchFormat: row.importBatchId ? formats.get(row.importBatchId) ?? null : null,
  };
}

async function batchFormats(tx: RawTx, accountId: string): Promise<Map<string, string>> {
  const rows = await tx.all<{ id: string; format: string }>(
    `SELECT b."id", b."format" FROM "ImportBatch" b WHERE b."id" IN (SELECT DISTINCT t."importBatchId" FROM "Transaction" t WHERE t."accountId" = ? AND t."importBatchId" IS NOT NULL)`,
    [accountId],
  );
  return new Map(rows.map((r) => [r.id, r.format]));
}

const ID_CHUNK = 500;

/**
 * Rows of the account dated around the file's span (for fuzzy and pending matching, deleted ones included),
 * plus any row outside that span carrying one of the file's ids (exact matches must never be missed: the
 * unique index would then fail the whole commit). Rows of `excludeBatchId` (earlier chunks of the same file)
 * are left out so a file never duplicates itself.
 */
export async function loadExistingRows(
  tx: RawTx,
  accountId: string,
  span: { fromDate: string; toDate: string; marginDays: number },
  ids: readonly string[],
  excludeBatchId: string | null,
  /** Batch formats by account, kept between the chunks of one file (the account's batches do not change meanwhile). */
  formatCache?: Map<string, Map<string, string>>,
): Promise<ExistingRow[]> {
  const from = addDays(span.fromDate, -span.marginDays);
  const to = addDays(span.toDate, span.marginDays);
  const exclude = excludeBatchId ? ` AND (t."importBatchId" IS NULL OR t."importBatchId" <> ?)` : "";
  const excludeParams: SqlValue[] = excludeBatchId ? [excludeBatchId] : [];
  const inWindow = await tx.all<ExistingSqlRow>(`${SELECT_EXISTING} WHERE t."accountId" = ? AND t."date" >= ? AND t."date" <= ?${exclude}`, [accountId, from, to, ...excludeParams]);
  let formats = formatCache?.get(accountId);
  if (!formats) {
    formats = await batchFormats(tx, accountId);
    formatCache?.set(accountId, formats);
  }
  const rows = inWindow.map((row) => toExisting(row, formats));
  // Whether any row lies outside the window: stops at the first one (a COUNT would walk them all, per chunk).
  const outside = await tx.all(
    `SELECT 1 FROM "Transaction" t WHERE t."accountId" = ? AND (t."date" < ? OR t."date" > ?)${exclude} LIMIT 1`,
    [accountId, from, to, ...excludeParams],
  );
  if (!outside.length) return rows;
  const known = new Set(rows.map((r) => r.externalId));
  const missing = ids.filter((id) => !known.has(id));
  for (let start = 0; start < missing.length; start += ID_CHUNK) {
    const chunk = missing.slice(start, start + ID_CHUNK);
    const found = await tx.all<ExistingSqlRow>(
      `${SELECT_EXISTING} WHERE t."accountId" = ? AND t."externalId" IN (${chunk.map(() => "?").join(", ")})`,
      [accountId, ...chunk],
    );
    rows.push(...found.map((row) => toExisting(row, formats)));
  }
  return rows;
}
