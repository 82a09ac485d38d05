/** Opening balance of an account an import created, when the file gives only the closing balance. */
import type { RawTx } from "../db/raw";
import { bookedSumThrough } from "./write";

/**
 * Opening = closing − the booked rows up to the closing day, so the new account's computed balance agrees with
 * what the bank reported. The account is new: every row it holds is this batch's.
 */
export async function fixOpeningBalance(tx: RawTx, account: { householdId: string; accountId: string }, closingMinor: bigint, closingDate: string): Promise<void> {
  const totalMinor = await bookedSumThrough(tx, account, closingDate);
  await tx.run(`UPDATE "Account" SET "openingBalanceMinor" = ? WHERE "id" = ?`, [closingMinor - totalMinor, account.accountId]);
}
