/**
 * The bulk writes of a commit, all through one RawTx (one database transaction): prepared multi-row inserts,
 * never per-row ORM calls. Timestamps are ISO strings: what Prisma reads back on SQLite, UTC on PostgreSQL.
 */
import type { RawTx, SqlValue } from "../db/raw";
import type { AccountType } from "../aggregators/types";

export const REPLACED_SUFFIX = "~replaced";

export interface NewAccountRow {
  id: string;
  name: string;
  type: AccountType;
  currency: string;
  iban: string | null;
  number: string | null;
  bankId: string | null;
  externalId: string | null;
  openingBalanceMinor: bigint;
}

export async function insertAccounts(tx: RawTx, householdId: string, accounts: readonly NewAccountRow[], nowIso: string): Promise<void> {
  if (!accounts.length) return;
  await tx.insertMany(
    "Account",
    ["id", "householdId", "name", "type", "currency", "iban", "number", "bankId", "externalId", "openingBalanceMinor", "createdAt", "updatedAt"],
    accounts.map((a) => [a.id, householdId, a.name, a.type, a.currency, a.iban, a.number, a.bankId, a.externalId, a.openingBalanceMinor, nowIso, nowIso]),
  );
}

export interface BatchRow {
  id: string;
  householdId: string;
  accountId: string | null;
  fileName: string;
  sha256: string;
  format: string;
  encoding: string | null;
  countNew: number;
  countDuplicate: number;
  countSkipped: number;
  countReplaced: number;
  reportedBalanceMinor: bigint | null;
  rawPayloadId: string;
  createdById: string | null;
}

const MIME_BY_FORMAT: Record<string, string> = {
  ofx: "application/x-ofx", qif: "application/qif", csv: "text/csv", camt: "application/xml", mt940: "text/plain",
};

/** The file's own bytes, written first so the writer thread copies them while this thread plans the first rows. */
export async function insertRawPayload(tx: RawTx, payload: { id: string; householdId: string; format: string }, bytes: Uint8Array, nowIso: string): Promise<void> {
  const mime = MIME_BY_FORMAT[payload.format] ?? null;
  await tx.insertMany("RawPayload", ["id", "householdId", "kind", "mime", "content", "createdAt"], [[payload.id, payload.householdId, "file", mime, bytes, nowIso]]);
}

export async function insertBatch(tx: RawTx, batch: BatchRow, nowIso: string): Promise<void> {
  await tx.insertMany(
    "ImportBatch",
    ["id", "householdId", "accountId", "fileName", "sha256", "format", "encoding", "status", "countNew", "countDuplicate", "countSkipped", "countReplaced", "reportedBalanceMinor", "rawPayloadId", "createdById", "createdAt"],
    [[batch.id, batch.householdId, batch.accountId, batch.fileName, batch.sha256, batch.format, batch.encoding, "committed", batch.countNew, batch.countDuplicate, batch.countSkipped, batch.countReplaced, batch.reportedBalanceMinor, batch.rawPayloadId, batch.createdById, nowIso]],
  );
}

/** Tombstones pending rows settled by booked ones, stamped with the batch's time so undo finds them again. */
export async function tombstoneReplacedPending(tx: RawTx, householdId: string, replaced: readonly { id: string; isSameId: boolean }[], nowIso: string): Promise<void> {
  for (const row of replaced) {
    // Same id as the booked row: renamed so the unique (accountId, externalId) index admits the booked one.
    const rename = row.isSameId ? `, "externalId" = "externalId" || '${REPLACED_SUFFIX}'` : "";
    await tx.run(`UPDATE "Transaction" SET "deletedAt" = ?, "updatedAt" = ?${rename} WHERE "id" = ? AND "householdId" = ?`, [nowIso, nowIso, row.id, householdId]);
  }
}

export const TRANSACTION_COLUMNS = [
  "id", "householdId", "accountId", "date", "valueDate", "amountMinor", "currency", "originalAmountMinor", "originalCurrency",
  "rawLabel", "label", "payee", "memo", "checkNumber", "categoryId", "categorySource", "categoryConfidence", "categoryRuleId",
  "bankCategory", "externalId", "status", "importBatchId", "tags", "createdAt", "updatedAt",
] as const;

export type TransactionValues = SqlValue[];

export async function insertTransactions(tx: RawTx, rows: readonly TransactionValues[]): Promise<void> {
  if (rows.length) await tx.insertMany("Transaction", TRANSACTION_COLUMNS, rows);
}

/**
 * The account's live booked rows summed through `date`, read from the day summaries (lib/insights/summary): a
 * few hundred day rows instead of every transaction of the account. Call after the import's rows reached them
 * (on SQLite, once resumeSummaryTriggers has added the suspended sums).
 */
export async function bookedSumThrough(tx: RawTx, account: { householdId: string; accountId: string }, date: string): Promise<bigint> {
  const [row] = await tx.all<{ total: bigint | number | null }>(
    `SELECT SUM("sumMinor") AS "total" FROM "TransactionDaySum" WHERE "householdId" = ? AND "accountId" = ? AND "status" = 'booked' AND "date" <= ?`,
    [account.householdId, account.accountId, date],
  );
  return BigInt(row?.total ?? 0);
}

export async function recordBalance(
  tx: RawTx,
  report: { id: string; householdId: string; accountId: string; date: string; amountMinor: bigint; batchId: string },
  nowIso: string,
): Promise<bigint> {
  await tx.insertMany("BalanceReport", ["id", "accountId", "date", "amountMinor", "source", "sourceId", "createdAt"], [[report.id, report.accountId, report.date, report.amountMinor, "import", report.batchId, nowIso]]);
  // The account shows the latest report: an older statement imported later does not overwrite a newer one.
  await tx.run(
    `UPDATE "Account" SET "reportedBalanceMinor" = ?, "reportedBalanceDate" = ?, "updatedAt" = ? WHERE "id" = ? AND ("reportedBalanceDate" IS NULL OR "reportedBalanceDate" <= ?)`,
    [report.amountMinor, report.date, nowIso, report.accountId, report.date],
  );
  const [account] = await tx.all<{ openingBalanceMinor: bigint | number }>(`SELECT "openingBalanceMinor" FROM "Account" WHERE "id" = ?`, [report.accountId]);
  return BigInt(account?.openingBalanceMinor ?? 0) + (await bookedSumThrough(tx, report, report.date));
}
