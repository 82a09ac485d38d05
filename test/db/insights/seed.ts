/** Raw-inserted households for the insights DB tests: exact rows, nothing guessed. */
import { operatorContext, type HouseholdContext } from "../../../lib/auth/guard";
import { raw, type SqlValue } from "../../../lib/db/raw";

let counter = 0;

export interface TxSeed {
  account: string;
  date: string;
  amountMinor: bigint;
  categoryId?: string;
  currency?: string;
  label?: string;
  payee?: string | null;
  status?: "pending" | "booked";
  transferId?: string | null;
  tags?: string[];
  isDeleted?: boolean;
}

export async function seedHousehold(accounts: { name: string; currency?: string; openingMinor?: bigint }[], rows: TxSeed[]): Promise<{ ctx: HouseholdContext; accountIds: Record<string, string>; ids: string[] }> {
  const n = ++counter;
  const householdId = `h${n}-${Date.now().toString(36)}`;
  const now = new Date("2024-06-01T00:00:00Z");
  await raw().run(`INSERT INTO "Household" ("id", "name", "currency", "createdAt") VALUES (?, ?, 'EUR', ?)`, [householdId, `H${n}`, now]);
  const accountIds: Record<string, string> = {};
  for (const a of accounts) {
    const id = `${householdId}-${a.name}`;
    accountIds[a.name] = id;
    await raw().run(`INSERT INTO "Account" ("id", "householdId", "name", "type", "currency", "openingBalanceMinor", "createdAt", "updatedAt") VALUES (?, ?, ?, 'checking', ?, ?, ?, ?)`,
      [id, householdId, a.name, a.currency ?? "EUR", a.openingMinor ?? 0n, now, now]);
  }
  const transfers = new Set(rows.map((r) => r.transferId).filter((id): id is string => !!id));
  for (const id of transfers) await raw().run(`INSERT INTO "Transfer" ("id", "householdId", "createdAt") VALUES (?, ?, ?)`, [`${householdId}-${id}`, householdId, now]);
  const ids = rows.map((_, i) => `${householdId}-t${String(i).padStart(4, "0")}`);
  const values: SqlValue[][] = rows.map((r, i) => [
    ids[i]!, householdId, accountIds[r.account]!, r.date, r.amountMinor, r.currency ?? "EUR", r.label ?? "LABEL", r.label ?? "LABEL", r.payee ?? null,
    r.categoryId ?? "0", r.status ?? "booked", r.transferId ? `${householdId}-${r.transferId}` : null, JSON.stringify(r.tags ?? []), r.isDeleted ? now : null, now, now,
  ]);
  await raw().insertMany("Transaction", ["id", "householdId", "accountId", "date", "amountMinor", "currency", "rawLabel", "label", "payee", "categoryId", "status", "transferId", "tags", "deletedAt", "createdAt", "updatedAt"], values);
  return { ctx: operatorContext(householdId), accountIds, ids };
}
