/** Manual transactions: add, edit, delete (a tombstone, so a re-import never resurrects a deleted row). */
import { z } from "zod";
import { AppError } from "../errors";
import { db } from "../db/client";
import { requirePermission, type HouseholdContext } from "../auth/guard";
import { isBuiltInCategory } from "../categorizer/tree";
import { parseAmount } from "../money";
import { isIsoDay } from "../dates";
import { amountFieldToMinor, getAccount } from "../accounts/accounts";

export const manualTransactionSchema = z.object({
  date: z.string().refine(isIsoDay, "Use a date like 2024-01-31."),
  amount: z.string().trim().refine((v) => parseAmount(v) !== null, "Not an amount (e.g. -12.30 for money leaving the account)."),
  label: z.string().trim().min(1, "Describe the transaction.").max(300),
  note: z.string().trim().max(2000).optional().transform((v) => (v ? v : null)),
  categoryId: z.string().trim().max(64).optional(),
});
export type ManualTransactionInput = z.input<typeof manualTransactionSchema>;

/** A built-in category, or one of this household's own (never another household's). */
async function assertCategory(ctx: HouseholdContext, categoryId: string): Promise<void> {
  if (isBuiltInCategory(categoryId)) return;
  const custom = await db().category.findFirst({ where: { id: categoryId, householdId: ctx.householdId, mergedInto: null } });
  if (!custom) throw new AppError("INVALID_INPUT", `Unknown category ${categoryId}`, { details: { fields: [{ field: "categoryId", message: "Unknown category." }] } });
}

/** Imported rows keep what the bank said: their amount is provenance, not editable. */
export function isImportedTransaction(transaction: { importBatchId: string | null; externalId: string | null; syncRunId?: string | null }): boolean {
  return transaction.importBatchId !== null || transaction.externalId !== null || (transaction.syncRunId ?? null) !== null;
}

export async function createManualTransaction(ctx: HouseholdContext, accountId: string, input: ManualTransactionInput) {
  requirePermission(ctx, "write");
  const account = await getAccount(ctx, accountId);
  if (account.closedAt) throw new AppError("CONFLICT", "This account is closed: reopen it to add transactions.");
  const data = manualTransactionSchema.parse(input);
  const amountMinor = amountFieldToMinor(data.amount, account.currency, "amount");
  const isCategorized = data.categoryId !== undefined && data.categoryId !== "0";
  if (isCategorized) await assertCategory(ctx, data.categoryId!);
  return db().transaction.create({
    data: {
      householdId: ctx.householdId, accountId: account.id, date: data.date, amountMinor, currency: account.currency,
      rawLabel: data.label, label: data.label, note: data.note,
      ...(isCategorized ? { categoryId: data.categoryId, categorySource: "manual" } : {}),
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
  const isImported = isImportedTransaction(existing);
  const amountMinor = isImported ? existing.amountMinor : amountFieldToMinor(data.amount, existing.currency, "amount");
  const isRecategorized = data.categoryId !== undefined && data.categoryId !== existing.categoryId;
  if (isRecategorized && data.categoryId !== "0") await assertCategory(ctx, data.categoryId!);
  return db().transaction.update({
    where: { id: existing.id },
    data: {
      date: data.date, label: data.label, note: data.note, amountMinor,
      ...(isImported ? {} : { rawLabel: data.label }),
      // A manual choice is never overwritten by automation (categorySource "manual").
      ...(isRecategorized ? { categoryId: data.categoryId, categorySource: data.categoryId === "0" ? "none" : "manual", categoryConfidence: null, categoryRuleId: null } : {}),
    },
  });
}

/** Soft delete: the row stays as a tombstone so (accountId, externalId) still blocks a re-import of it. */
export async function deleteTransaction(ctx: HouseholdContext, transactionId: string): Promise<void> {
  requirePermission(ctx, "write");
  const existing = await getTransaction(ctx, transactionId);
  await db().transaction.update({ where: { id: existing.id }, data: { deletedAt: new Date() } });
}
