/** A small household touching every kind of column (bigint, boolean, float, bytes, timestamps) and a bill file. */
import type { Db } from "../../../lib/db/client";
import type { RawDb } from "../../../lib/db/raw";
import { storeBillFile } from "../../../lib/bills/files";

export interface Seeded {
  householdId: string;
  accountId: string;
  billFileSha: string;
}

export async function seedHousehold(prisma: Db, raw: RawDb, name = "Backup home"): Promise<Seeded> {
  const user = await prisma.user.create({ data: { email: `${name.replace(/\W/g, "").toLowerCase()}@example.test`, passwordHash: "x" } });
  const household = await prisma.household.create({ data: { name, memberships: { create: { userId: user.id, role: "owner" } } } });
  const account = await prisma.account.create({ data: { householdId: household.id, name: "Checking", type: "checking", currency: "EUR", iban: "FR7630006000011234567890189", reportedBalanceMinor: 123_456_789_012n, closedAt: new Date("2026-03-01T10:11:12.345Z") } });
  const payload = await prisma.rawPayload.create({ data: { householdId: household.id, kind: "file", content: new Uint8Array([0, 1, 2, 255, 10, 13]) } });
  await prisma.importBatch.create({ data: { householdId: household.id, accountId: account.id, fileName: "a.ofx", sha256: "ab", format: "ofx", rawPayloadId: payload.id, countNew: 2 } });
  await prisma.category.create({ data: { id: `${household.id}-sub`, householdId: household.id, parentId: "400100", nameEn: "Bakery", nameFr: "Boulangerie", isHidden: true } });
  await prisma.rule.create({ data: { householdId: household.id, name: "Bakery", conditions: "[]", actions: "[]", isEnabled: false } });
  const t1 = await prisma.transaction.create({ data: { householdId: household.id, accountId: account.id, date: "2026-01-02", amountMinor: -1230n, currency: "EUR", rawLabel: "CB BOULANGERIE", label: "Boulangerie", categoryConfidence: 0.875, tags: '["x"]', note: "l'été \"quoted\"" } });
  const file = await raw.transaction((tx) => storeBillFile(tx, household.id, { bytes: new TextEncoder().encode(`%PDF-1.4 bill of ${name}\n%%EOF`), name: "bill.pdf" }));
  const bill = await prisma.bill.create({ data: { householdId: household.id, konnector: "manual", vendor: "Boulangerie", identity: `manual:${name}`, amountMinor: 1230n, currency: "EUR", date: "2026-01-02", isRefund: false, fileId: file.id } });
  await prisma.billLink.create({ data: { householdId: household.id, billId: bill.id, transactionId: t1.id, kind: "debit", amountMinor: 1230n, score: 0.5 } });
  await prisma.budget.create({ data: { householdId: household.id, categoryId: "400100", amountMinor: 20_000n, currency: "EUR", rollover: true } });
  return { householdId: household.id, accountId: account.id, billFileSha: file.sha256 };
}
