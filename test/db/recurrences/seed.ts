/** Small raw seeding helpers for the insights tests (households, accounts, transactions). */
import { newId, type RawDb } from "../../../lib/db/raw";

export async function seedHousehold(db: RawDb, id: string, accounts: readonly string[]): Promise<void> {
  const now = new Date();
  await db.run(`INSERT INTO "Household" ("id", "name", "createdAt") VALUES (?, ?, ?)`, [id, id, now]);
  for (const account of accounts) {
    await db.run(`INSERT INTO "Account" ("id", "householdId", "name", "type", "currency", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?)`, [account, id, account, "checking", "EUR", now, now]);
  }
}

export interface SeedTx {
  id?: string;
  accountId: string;
  date: string;
  amountMinor: bigint;
  label: string;
  payee?: string | null;
  status?: string;
}

export async function seedTransactions(db: RawDb, householdId: string, rows: readonly SeedTx[]): Promise<string[]> {
  const now = new Date();
  const ids = rows.map((r) => r.id ?? newId());
  await db.transaction((tx) => tx.insertMany(
    "Transaction",
    ["id", "householdId", "accountId", "date", "amountMinor", "currency", "rawLabel", "label", "payee", "status", "createdAt", "updatedAt"],
    rows.map((r, i) => [ids[i]!, householdId, r.accountId, r.date, r.amountMinor, "EUR", r.label, r.label, r.payee ?? null, r.status ?? "booked", now, now]),
  ));
  return ids;
}
