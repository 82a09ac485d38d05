/**
 * "Apply to similar": give the household's other non-manual transactions with the same clean payee the
 * category of this one, as a manual correction (the model learns it too).
 */
import { raw } from "../../db/raw";
import { AppError } from "../../errors";
import { requirePermission, type HouseholdContext } from "../../auth/guard";
import { selectTransactionsByIds } from "../db/rows";
import { findSimilarTransactions, recordCorrection, type CorrectionResult } from "../store";

export async function countSimilar(ctx: HouseholdContext, transactionId: string): Promise<number> {
  return (await findSimilarTransactions(ctx, transactionId)).length;
}

export async function applyToSimilar(ctx: HouseholdContext, transactionId: string): Promise<CorrectionResult> {
  requirePermission(ctx, "write");
  const [row] = await selectTransactionsByIds(raw(), ctx.householdId, [transactionId]);
  if (!row) throw new AppError("NOT_FOUND", "Transaction not found");
  if (row.categoryId === "0") throw new AppError("INVALID_INPUT", "Choose a category for this transaction first");
  const ids = await findSimilarTransactions(ctx, transactionId);
  return recordCorrection(ctx, ids, row.categoryId);
}
