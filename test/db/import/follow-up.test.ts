import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { operatorContext } from "../../../lib/auth/guard";
import { commitParsed } from "../../../lib/import";
import { followUpImport } from "../../../lib/import/follow-up";
import { createBills } from "../../../lib/bills/create";
import { inputFor, parsed, statement, tx } from "./helpers";

const testDb = useTestDb();

describe("after an import", () => {
  it("links the new transaction to the bill it paid", async () => {
    const household = await testDb.prisma.household.create({ data: { name: "Follow-up" } });
    const ctx = operatorContext(household.id);
    const account = await testDb.prisma.account.create({ data: { householdId: household.id, name: "Checking", type: "checking", currency: "EUR" } });
    await createBills(ctx, "einvoice", [{ vendor: "EDF", vendorRef: "INV-2024-001", type: "energy", amount: "76.20", currency: "EUR", date: "2024-01-10", dueDate: "2024-01-25", isRefund: false }]);
    await commitParsed(ctx, inputFor({ accountId: account.id }), [parsed([statement([tx("2024-01-24", "-76.20", "PRLV SEPA EDF CLIENTS PARTICULIERS")])])]);
    expect(await testDb.prisma.billLink.count({ where: { householdId: household.id } })).toBe(0);
    await followUpImport(ctx);
    const links = await testDb.prisma.billLink.findMany({ where: { householdId: household.id }, include: { transaction: true } });
    expect(links.map((l) => [l.kind, l.amountMinor, l.transaction.rawLabel])).toEqual([["debit", 7620n, "PRLV SEPA EDF CLIENTS PARTICULIERS"]]);
  });

  it("pairs an internal transfer between two of the household's accounts", async () => {
    const household = await testDb.prisma.household.create({ data: { name: "Transfers" } });
    const ctx = operatorContext(household.id);
    const checking = await testDb.prisma.account.create({ data: { householdId: household.id, name: "Checking", type: "checking", currency: "EUR" } });
    const savings = await testDb.prisma.account.create({ data: { householdId: household.id, name: "Savings", type: "savings", currency: "EUR" } });
    const today = new Date().toISOString().slice(0, 10);
    await commitParsed(ctx, inputFor({ accountId: checking.id }), [parsed([statement([tx(today, "-300.00", "VIR PERMANENT VERS LIVRET A")])])]);
    await commitParsed(ctx, inputFor({ accountId: savings.id }), [parsed([statement([tx(today, "300.00", "VIR DEPUIS COMPTE CHEQUES")])])]);
    await followUpImport(ctx);
    const rows = await testDb.prisma.transaction.findMany({ where: { householdId: household.id } });
    expect(rows).toHaveLength(2);
    expect(rows[0]?.transferId).toBeTruthy();
    expect(rows[0]?.transferId).toBe(rows[1]?.transferId);
  });
});
