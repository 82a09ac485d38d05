/**
 * undoImport: removes exactly what a batch created (its rows, its balance reports, the accounts it created and
 * that nothing else uses) and brings back the pending rows it replaced, in one transaction.
 */
import { raw, type RawTx } from "../db/raw";
import { AppError } from "../errors";
import { requirePermission, type HouseholdContext } from "../auth/guard";
import { REPLACED_SUFFIX } from "./write";

export interface UndoResult {
  batchId: string;
  removed: number;
  restored: number;
  removedAccounts: number;
}

export async function undoImport(ctx: HouseholdContext, batchId: string): Promise<UndoResult> {
  requirePermission(ctx, "write");
  return raw().transaction(async (tx) => {
    const [batch] = await tx.all<{ id: string; status: string }>(`SELECT "id", "status" FROM "ImportBatch" WHERE "id" = ? AND "householdId" = ?`, [batchId, ctx.householdId]);
    if (!batch) throw new AppError("NOT_FOUND", "Import not found");
    if (batch.status !== "committed") throw new AppError("CONFLICT", `This import is ${batch.status}: nothing to undo.`);
    const touched = await tx.all<{ accountId: string }>(
      `SELECT DISTINCT "accountId" FROM "Transaction" WHERE "importBatchId" = ? AND "householdId" = ?
       UNION SELECT "accountId" FROM "BalanceReport" WHERE "source" = 'import' AND "sourceId" = ?`,
      [batchId, ctx.householdId, batchId],
    );
    const removed = await tx.run(`DELETE FROM "Transaction" WHERE "importBatchId" = ? AND "householdId" = ?`, [batchId, ctx.householdId]);
    // Replaced pending rows were tombstoned at the batch's own timestamp (write.ts).
    const restored = await tx.run(
      `UPDATE "Transaction" SET "deletedAt" = NULL,
              "externalId" = CASE WHEN "externalId" LIKE ? THEN substr("externalId", 1, length("externalId") - ${REPLACED_SUFFIX.length}) ELSE "externalId" END
        WHERE "householdId" = ? AND "status" = 'pending'
          AND "deletedAt" = (SELECT "createdAt" FROM "ImportBatch" WHERE "id" = ?)`,
      [`%${REPLACED_SUFFIX}`, ctx.householdId, batchId],
    );
    await tx.run(`DELETE FROM "BalanceReport" WHERE "source" = 'import' AND "sourceId" = ?`, [batchId]);
    let removedAccounts = 0;
    for (const { accountId } of touched) {
      removedAccounts += await tx.run(
        `DELETE FROM "Account" WHERE "id" = ? AND "householdId" = ?
            AND "createdAt" = (SELECT "createdAt" FROM "ImportBatch" WHERE "id" = ?)
            AND NOT EXISTS (SELECT 1 FROM "Transaction" t WHERE t."accountId" = ?)
            AND NOT EXISTS (SELECT 1 FROM "ImportBatch" b WHERE b."accountId" = ? AND b."id" <> ?)`,
        [accountId, ctx.householdId, batchId, accountId, accountId, batchId],
      );
      await refreshReportedBalance(tx, accountId);
    }
    await tx.run(`UPDATE "ImportBatch" SET "status" = 'undone', "undoneAt" = ? WHERE "id" = ?`, [new Date().toISOString(), batchId]);
    return { batchId, removed, restored, removedAccounts };
  });
}

async function refreshReportedBalance(tx: RawTx, accountId: string) {
  const [latest] = await tx.all<{ amountMinor: bigint; date: string }>(
    `SELECT "amountMinor", "date" FROM "BalanceReport" WHERE "accountId" = ? ORDER BY "date" DESC, "createdAt" DESC LIMIT 1`, [accountId]);
  await tx.run(`UPDATE "Account" SET "reportedBalanceMinor" = ?, "reportedBalanceDate" = ? WHERE "id" = ?`, [latest?.amountMinor ?? null, latest?.date ?? null, accountId]);
}
