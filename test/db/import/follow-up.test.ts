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
});
