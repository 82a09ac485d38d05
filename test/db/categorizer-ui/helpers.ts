/** Households, accounts and transactions for the categorizer UI tests (labels normalized as imports store them). */
import { newId } from "../../../lib/db/raw";
import { operatorContext, type HouseholdContext } from "../../../lib/auth/guard";
import { normalizeLabel } from "../../../lib/categorizer/normalize";
import type { TestDb } from "../../helpers/db";

export interface Seeded {
  ctx: HouseholdContext;
  viewer: HouseholdContext;
  accountId: string;
}

export async function seedHousehold(testDb: TestDb): Promise<Seeded> {
  const h = await testDb.prisma.household.create({ data: { name: "UI" } });
  const account = await testDb.prisma.account.create({ data: { householdId: h.id, name: "Main", type: "checking", currency: "EUR" } });
  return { ctx: operatorContext(h.id), viewer: { ...operatorContext(h.id), role: "viewer" }, accountId: account.id };
}

/** [rawLabel, amountMinor, categoryId?, categorySource?] → ids, one day apart in March 2024. */
export async function addTransactions(testDb: TestDb, seeded: Seeded, rows: [string, bigint, string?, string?][]): Promise<string[]> {
  const now = new Date();
  const ids = rows.map(() => newId());
  await testDb.raw.insertMany("Transaction", ["id", "householdId", "accountId", "date", "amountMinor", "currency", "rawLabel", "label", "payee", "categoryId", "categorySource", "createdAt", "updatedAt"],
    rows.map(([rawLabel, amountMinor, categoryId = "0", categorySource = "none"], i) => {
      const normalized = normalizeLabel(rawLabel, amountMinor > 0n);
      return [ids[i]!, seeded.ctx.householdId, seeded.accountId, `2024-03-${String(i + 1).padStart(2, "0")}`, amountMinor, "EUR", rawLabel, normalized.label, normalized.payee, categoryId, categorySource, now, now];
    }));
  return ids;
}
