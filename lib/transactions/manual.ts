/** Manual transactions: add, edit, delete (a tombstone, so a re-import never resurrects a deleted row). */
import { z } from "zod";
import { AppError } from "../errors";
import { db } from "../db/client";
import { requirePermission, type HouseholdContext } from "../auth/guard";
import { parseAmount, toMinor } from "../money";
import { isIsoDay } from "../dates";
import { getAccount } from "../accounts/accounts";

export const manualTransactionSchema = z.object({
  date: z.string().refine(isIsoDay, "Use a date like 2024-01-31."),
  amount: z.string().trim().refine((v) => parseAmount(v) !== null, "Not an amount (e.g. -12.30 for money leaving the account)."),
  label: z.string().trim().min(1, "Describe the transaction.").max(300),
  note: z.string().trim().max(2000).optional().transform((v) => (v ? v : null)),
  categoryId: z.string().trim().max(64).optional(),
});
export type ManualTransactionInput = z.input<typeof manualTransactionSchema>;

export async function createManualTransaction(ctx: HouseholdContext, accountId: string, input: ManualTransactionInput) {
  requirePermission(ctx, "write");
  const account = await getAccount(ctx, accountId);
  const data = manualTransactionSchema.parse(input);
  return db().transaction.create({
    data: {
      householdId: ctx.householdId, accountId: account.id, date: data.date,
      amountMinor: toMinor(parseAmount(data.amount)!, account.currency), currency: account.currency,
      rawLabel: data.label, label: data.label, note: data.note,
      ...(data.categoryId ? { categoryId: data.categoryId, categorySource: "manual" } : {}),
    },
  });
}

export async function getTransaction(ctx: HouseholdContext, transactionId: string) {
  const transaction = await db().transaction.findFirst({ where: { id: transactionId, householdId: ctx.householdId, deletedAt: null } });
  if (!transaction) throw new AppError("NOT_FOUND", "Transaction not found");
  return transaction;
}

export async function updateTransaction(ctx: HouseholdContext, transactionId: string, input: ManualTransactionInput) {
  requirePermission(ctx, "write");
  const existing = await getTransaction(ctx, transactionId);
  const data = manualTransactionSchema.parse(input);
  // Imported rows keep what the bank said (rawLabel, amount from the source are provenance); the user edits the label, note, date.
  const isImported = existing.importBatchId !== null || existing.externalId !== null;
  return db().transaction.update({
    where: { id: existing.id },
    data: {
      date: data.date, label: data.label, note: data.note,
      ...(isImported ? {} : { amountMinor: toMinor(parseAmount(data.amount)!, existing.currency), rawLabel: data.label }),
      ...(data.categoryId && data.categoryId !== existing.categoryId ? { categoryId: data.categoryId, categorySource: "manual", categoryConfidence: null } : {}),
    },
  });
}

export async function deleteTransaction(ctx: HouseholdContext, transactionId: string) {
  requirePermission(ctx, "write");
  const existing = await getTransaction(ctx, transactionId);
  await db().transaction.update({ where: { id: existing.id }, data: { deletedAt: new Date() } });
}
