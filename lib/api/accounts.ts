/** Accounts through the API: thin over lib/accounts (validation, household scope and permissions live there). */
import { createAccount, getAccountWithBalance, hasTransactions, listAccountsWithBalances, setAccountClosed, updateAccount, getAccount, type AccountWithBalance } from "../accounts/accounts";
import { requirePermission, type HouseholdContext } from "../auth/guard";
import { db } from "../db/client";
import { AppError } from "../errors";
import { fromMinor } from "../money";
import { accountCreateSchema, accountPatchSchema } from "./schemas";

async function toApiAccount(ctx: HouseholdContext, account: AccountWithBalance) {
  const row = await getAccount(ctx, account.id);
  return {
    id: account.id, name: account.name, type: account.type, currency: account.currency, iban: account.iban, number: row.number,
    institution: account.institution, openingBalance: fromMinor(row.openingBalanceMinor, account.currency),
    balance: fromMinor(account.balanceMinor, account.currency), closed: account.closedAt !== null, createdAt: row.createdAt.toISOString(),
  };
}

export async function listApiAccounts(ctx: HouseholdContext) {
  const accounts = await listAccountsWithBalances(ctx);
  return { data: await Promise.all(accounts.map((a) => toApiAccount(ctx, a))), nextCursor: null };
}

export async function getApiAccount(ctx: HouseholdContext, id: string) {
  return toApiAccount(ctx, await getAccountWithBalance(ctx, id));
}

export async function createApiAccount(ctx: HouseholdContext, body: unknown) {
  const input = accountCreateSchema.parse(body);
  const created = await createAccount(ctx, { ...input, currency: input.currency.toUpperCase() });
  return getApiAccount(ctx, created.id);
}

export async function patchApiAccount(ctx: HouseholdContext, id: string, body: unknown) {
  requirePermission(ctx, "write");
  const patch = accountPatchSchema.parse(body);
  const current = await getAccount(ctx, id);
  const { closed, ...fields } = patch;
  if (Object.keys(fields).length) {
    await updateAccount(ctx, id, {
      name: current.name, type: current.type as never, currency: current.currency, iban: current.iban ?? undefined, number: current.number ?? undefined,
      institution: current.institution ?? undefined, openingBalance: fromMinor(current.openingBalanceMinor, current.currency), ...fields,
    });
  }
  if (closed !== undefined) await setAccountClosed(ctx, id, closed);
  return getApiAccount(ctx, id);
}

/** Only an account without transactions is deleted; one with history is closed instead (PATCH closed: true). */
export async function deleteApiAccount(ctx: HouseholdContext, id: string): Promise<void> {
  requirePermission(ctx, "write");
  await getAccount(ctx, id);
  if (await hasTransactions(ctx, id)) throw new AppError("CONFLICT", "This account has transactions: close it instead (PATCH with {\"closed\": true}).");
  await db().account.deleteMany({ where: { id, householdId: ctx.householdId } });
}
