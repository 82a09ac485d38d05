/** Accounts of a household: manual ones of every type and currency, and those created by imports and syncs. */
import { z } from "zod";
import { AppError } from "../errors";
import { db } from "../db/client";
import { raw } from "../db/raw";
import { requirePermission, type HouseholdContext } from "../auth/guard";
import { parseAmount, toMinor } from "../money";
import { currencySchema } from "../households/schemas";

export const ACCOUNT_TYPES = ["checking", "savings", "card", "loan", "investment", "cash", "other"] as const;

const optionalText = z.string().trim().max(200).optional().transform((v) => (v ? v : null));

export const accountInputSchema = z.object({
  name: z.string().trim().min(1, "Give the account a name.").max(100),
  type: z.enum(ACCOUNT_TYPES, { message: "Choose an account type." }),
  currency: currencySchema,
  iban: optionalText.transform((v) => (v ? v.replace(/\s+/g, "").toUpperCase() : null)),
  number: optionalText,
  institution: optionalText,
  openingBalance: z.string().trim().optional(),
});
export type AccountInput = z.input<typeof accountInputSchema>;

/** A user-typed amount ("1 250,00", "-80") → minor units of the currency, or a field error naming `field`. */
export function amountFieldToMinor(text: string, currency: string, field: string): bigint {
  const fieldError = (message: string) => new AppError("INVALID_INPUT", `${field}: ${message}`, { details: { fields: [{ field, message }] } });
  // A person typing one separator means a decimal point ("12.345" BHD, "12,5" EUR); parseAmount alone would read
  // "12.345" as twelve thousand. With several separators ("1.234,56") its own detection decides.
  const separators = text.match(/[.,]/g) ?? [];
  const amount = parseAmount(text, separators.length === 1 ? { decimalSeparator: separators[0] as "." | "," } : {});
  if (amount === null) throw fieldError("Not an amount.");
  try {
    return toMinor(amount, currency);
  } catch {
    throw fieldError("Too many decimals for this currency.");
  }
}

function openingBalanceMinor(text: string | undefined, currency: string): bigint {
  return text ? amountFieldToMinor(text, currency, "openingBalance") : 0n;
}

export async function createAccount(ctx: HouseholdContext, input: AccountInput) {
  requirePermission(ctx, "write");
  const data = accountInputSchema.parse(input);
  return db().account.create({
    data: {
      householdId: ctx.householdId, name: data.name, type: data.type, currency: data.currency, iban: data.iban,
      number: data.number, institution: data.institution, openingBalanceMinor: openingBalanceMinor(data.openingBalance, data.currency),
    },
  });
}

export async function getAccount(ctx: HouseholdContext, accountId: string) {
  const account = await db().account.findFirst({ where: { id: accountId, householdId: ctx.householdId } });
  if (!account) throw new AppError("NOT_FOUND", "Account not found");
  return account;
}

export async function updateAccount(ctx: HouseholdContext, accountId: string, input: AccountInput) {
  requirePermission(ctx, "write");
  const account = await getAccount(ctx, accountId);
  const data = accountInputSchema.parse(input);
  if (data.currency !== account.currency) {
    const count = await db().transaction.count({ where: { accountId, deletedAt: null } });
    if (count > 0) throw new AppError("CONFLICT", "The currency of an account with transactions cannot change.");
  }
  return db().account.update({
    where: { id: account.id },
    data: {
      name: data.name, type: data.type, currency: data.currency, iban: data.iban, number: data.number, institution: data.institution,
      openingBalanceMinor: openingBalanceMinor(data.openingBalance, data.currency),
    },
  });
}

export async function setAccountClosed(ctx: HouseholdContext, accountId: string, isClosed: boolean) {
  requirePermission(ctx, "write");
  const account = await getAccount(ctx, accountId);
  return db().account.update({ where: { id: account.id }, data: { closedAt: isClosed ? new Date() : null } });
}

export interface AccountWithBalance {
  id: string;
  name: string;
  type: string;
  currency: string;
  institution: string | null;
  iban: string | null;
  closedAt: Date | null;
  balanceMinor: bigint;
  transactionCount: number;
  lastDate: string | null;
  reportedBalanceMinor: bigint | null;
  reportedBalanceDate: string | null;
}

/** Accounts with their computed balances: one SQL aggregate, never rows loaded into JS. */
export async function listAccountsWithBalances(ctx: HouseholdContext): Promise<AccountWithBalance[]> {
  const rows = await raw().all<{
    id: string; name: string; type: string; currency: string; institution: string | null; iban: string | null; closedAt: string | Date | null;
    openingBalanceMinor: bigint; total: bigint | null; n: bigint; lastDate: string | null; reportedBalanceMinor: bigint | null; reportedBalanceDate: string | null;
  }>(
    `SELECT a."id", a."name", a."type", a."currency", a."institution", a."iban", a."closedAt", a."openingBalanceMinor",
            a."reportedBalanceMinor", a."reportedBalanceDate",
            SUM(t."amountMinor") AS "total", COUNT(t."id") AS "n", MAX(t."date") AS "lastDate"
       FROM "Account" a
       LEFT JOIN "Transaction" t ON t."accountId" = a."id" AND t."deletedAt" IS NULL
      WHERE a."householdId" = ?
      GROUP BY a."id", a."name", a."type", a."currency", a."institution", a."iban", a."closedAt", a."openingBalanceMinor", a."reportedBalanceMinor", a."reportedBalanceDate"
      ORDER BY a."closedAt" IS NOT NULL, a."name"`,
    [ctx.householdId],
  );
  return rows.map((r) => ({
    id: r.id, name: r.name, type: r.type, currency: r.currency, institution: r.institution, iban: r.iban,
    closedAt: r.closedAt ? new Date(r.closedAt) : null,
    balanceMinor: BigInt(r.openingBalanceMinor) + BigInt(r.total ?? 0n),
    transactionCount: Number(r.n), lastDate: r.lastDate,
    reportedBalanceMinor: r.reportedBalanceMinor === null ? null : BigInt(r.reportedBalanceMinor), reportedBalanceDate: r.reportedBalanceDate,
  }));
}

/** Household totals per currency (open accounts only). */
export function totalsByCurrency(accounts: readonly AccountWithBalance[]): { currency: string; totalMinor: bigint }[] {
  const totals = new Map<string, bigint>();
  for (const account of accounts) {
    if (account.closedAt) continue;
    totals.set(account.currency, (totals.get(account.currency) ?? 0n) + account.balanceMinor);
  }
  return [...totals].map(([currency, totalMinor]) => ({ currency, totalMinor })).sort((a, b) => a.currency.localeCompare(b.currency));
}

/** Whether the account has live (not deleted) transactions: its currency is then fixed. */
export async function hasTransactions(ctx: HouseholdContext, accountId: string): Promise<boolean> {
  const account = await getAccount(ctx, accountId);
  return (await db().transaction.count({ where: { accountId: account.id, householdId: ctx.householdId, deletedAt: null } })) > 0;
}

/** One account with its computed balance (same figures as the dashboard). */
export async function getAccountWithBalance(ctx: HouseholdContext, accountId: string): Promise<AccountWithBalance> {
  const account = (await listAccountsWithBalances(ctx)).find((a) => a.id === accountId);
  if (!account) throw new AppError("NOT_FOUND", "Account not found");
  return account;
}
