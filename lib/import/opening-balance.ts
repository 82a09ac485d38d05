/** Opening balance of an account an import created, when the file gives only the closing balance. */
import type { RawTx } from "../db/raw";

/**
 * Opening = closing − the booked rows this batch wrote up to the closing day, so the new account's computed
 * balance agrees with what the bank reported.
 */
export async function fixOpeningBalance(tx: RawTx, accountId: string, batchId: string, closingMinor: bigint, closingDate: string): Promise<void> {
  const [row] = await tx.all<{ total: bigint | number | null }>(
    `SELECT SUM("amountMinor") AS "total" FROM "Transaction"
      WHERE "accountId" = ? AND "importBatchId" = ? AND "status" = 'booked' AND "deletedAt" IS NULL AND "date" <= ?`,
    [accountId, batchId, closingDate],
  );
  await tx.run(`UPDATE "Account" SET "openingBalanceMinor" = ? WHERE "id" = ?`, [closingMinor - BigInt(row?.total ?? 0), accountId]);
}
