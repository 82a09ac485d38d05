/**
 * Completing a bill by hand: a bill read from a plain PDF arrives "to complete" with guessed fields; the user
 * confirms or corrects them and it becomes a complete bill, matched like any other. Its identity (the file's
 * content) is kept, so importing the same PDF again still finds it.
 */
import { z } from "zod";
import { AppError, notFound } from "../errors";
import { toMinor } from "../money";
import { raw } from "../db/raw";
import { requirePermission, type HouseholdContext } from "../auth/guard";
import { matchHousehold } from "../reconcile/run";
import { billInputSchema } from "./schema";
import { getBill, type BillRecord } from "./list";

export const completeBillSchema = billInputSchema.pick({ vendor: true, vendorRef: true, type: true, amount: true, currency: true, date: true, dueDate: true, isRefund: true });
export type CompleteBillInput = z.input<typeof completeBillSchema>;

export async function completeBill(ctx: HouseholdContext, id: string, input: CompleteBillInput): Promise<BillRecord> {
  requirePermission(ctx, "write");
  const data = completeBillSchema.parse(input);
  let amountMinor: bigint;
  try {
    amountMinor = toMinor(data.amount, data.currency);
  } catch (error) {
    throw new AppError("INVALID_INPUT", (error as Error).message, { details: { fields: [{ field: "amount", message: (error as Error).message }] } });
  }
  const changed = await raw().run(
    `UPDATE "Bill" SET "vendor" = ?, "vendorRef" = ?, "type" = ?, "amountMinor" = ?, "currency" = ?, "date" = ?, "dueDate" = ?, "isRefund" = ?, "status" = 'complete'
      WHERE "id" = ? AND "householdId" = ?`,
    [data.vendor, data.vendorRef, data.type, amountMinor, data.currency, data.date, data.dueDate, data.isRefund, id, ctx.householdId],
  );
  if (!changed) throw notFound("Bill");
  try {
    await matchHousehold(ctx, { since: data.date });
  } catch (error) {
    console.error("Matching after completing a bill failed (the hourly pass will retry):", error);
  }
  return getBill(ctx, id);
}
