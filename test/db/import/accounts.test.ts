import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { operatorContext, type HouseholdContext } from "../../../lib/auth/guard";
import { commitParsed } from "../../../lib/import";
import { account, inputFor, parsed, statement, tx } from "./helpers";

const testDb = useTestDb();
let ctx: HouseholdContext;

beforeAll(async () => {
  const household = await testDb.prisma.household.create({ data: { name: "Accounts" } });
  ctx = operatorContext(household.id);
});

describe("accounts of a multi-account file", () => {
  const bank = statement([tx("2024-01-05", "-42.34", "CB CARREFOUR", { externalId: "F1" }), tx("2024-01-06", "1500.00", "VIR SALAIRE", { externalId: "F2" })], {
    account: account({ externalId: "30004-12345", number: "12345", bankId: "30004" }),
    openingBalance: { amount: "100.00", date: "2024-01-01" },
    closingBalance: { amount: "1557.66", date: "2024-01-31" },
  });
  const card = statement([tx("2024-01-07", "-20.00", "CB SNCF", { externalId: "C1" })], {
    account: account({ externalId: "4978-XXXX-1234", number: "4978XXXX1234", type: "card" }),
    closingBalance: { amount: "-20.00", date: "2024-01-31" },
  });
  const file = parsed([bank, card], "ofx");

  it("refuses to pour two accounts into one chosen account", async () => {
    const target = await testDb.prisma.account.create({ data: { householdId: ctx.householdId, name: "Chosen", type: "checking", currency: "EUR" } });
    await expect(commitParsed(ctx, inputFor({ accountId: target.id }), [file])).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await testDb.prisma.account.delete({ where: { id: target.id } });
  });

  it("creates one account per statement on 'auto', with reported balances checked", async () => {
    const result = await commitParsed(ctx, inputFor("auto"), [file]);
    expect(result.accounts.map((a) => [a.isNew, a.new])).toEqual([[true, 2], [true, 1]]);
    expect(result.accounts[0]!.balance).toEqual({ date: "2024-01-31", reported: "1557.66", computed: "1557.66", isMatching: true });
    expect(result.accounts[1]!.balance).toMatchObject({ reported: "-20.00", computed: "-20.00", isMatching: true });
    const accounts = await testDb.prisma.account.findMany({ where: { householdId: ctx.householdId }, orderBy: { type: "asc" } });
    expect(accounts.map((a) => [a.type, a.externalId, a.reportedBalanceMinor])).toEqual([["card", "4978-XXXX-1234", -2000n], ["checking", "30004-12345", 155766n]]);
    const reports = await testDb.prisma.balanceReport.findMany({ where: { sourceId: result.batchId } });
    expect(reports).toHaveLength(2);
    const batch = await testDb.prisma.importBatch.findUniqueOrThrow({ where: { id: result.batchId } });
    expect(batch).toMatchObject({ countNew: 3, format: "ofx", accountId: null });
    const payload = await testDb.prisma.rawPayload.findUniqueOrThrow({ where: { id: batch.rawPayloadId! } });
    expect(payload).toMatchObject({ kind: "file", mime: "application/x-ofx", householdId: ctx.householdId });
    expect(Buffer.from(payload.content).toString()).toBe("synthetic");
  });

  it("recognises both accounts again on re-import", async () => {
    const result = await commitParsed(ctx, inputFor("auto"), [file]);
    expect(result.accounts.map((a) => [a.isNew, a.new, a.duplicates])).toEqual([[false, 0, 2], [false, 0, 1]]);
    expect(await testDb.prisma.account.count({ where: { householdId: ctx.householdId } })).toBe(2);
  });

  it("reports a balance that does not match what was imported", async () => {
    const [bankAccount] = await testDb.prisma.account.findMany({ where: { householdId: ctx.householdId, type: "checking" } });
    const wrong = parsed([statement([tx("2024-02-02", "-10.00", "BOULANGERIE", { externalId: "F3" })], { account: bank.account, closingBalance: { amount: "1500.00", date: "2024-02-29" } })], "ofx");
    const result = await commitParsed(ctx, inputFor("auto"), [wrong]);
    expect(result.accounts[0]!.accountId).toBe(bankAccount!.id);
    expect(result.accounts[0]!.balance).toEqual({ date: "2024-02-29", reported: "1500.00", computed: "1547.66", isMatching: false });
    const batch = await testDb.prisma.importBatch.findUniqueOrThrow({ where: { id: result.batchId } });
    expect([batch.reportedBalanceMinor, batch.computedBalanceMinor]).toEqual([150000n, 154766n]);
  });

  it("two statements of one file that land in the same account share one id space", async () => {
    const existing = await testDb.prisma.account.create({ data: { householdId: ctx.householdId, name: "Joint", type: "checking", currency: "EUR", iban: "FR7610107001011234567890129", number: "12345678901" } });
    const sameRow = () => tx("2024-03-01", "-3.00", "CAFE");
    const twoViews = parsed([
      statement([sameRow(), tx("2024-03-02", "-8.00", "KIOSK", { externalId: "K1" })], { account: account({ iban: "FR76 1010 7001 0112 3456 7890 129" }) }),
      statement([sameRow(), tx("2024-03-02", "-8.00", "KIOSK", { externalId: "K1" })], { account: account({ number: "12345678901" }) }),
    ], "camt");
    const result = await commitParsed(ctx, inputFor("auto"), [twoViews]);
    expect(result.accounts.every((a) => a.accountId === existing.id)).toBe(true);
    expect(result).toMatchObject({ new: 3, duplicates: 1 });
  });
});

