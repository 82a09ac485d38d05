import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { operatorContext, type HouseholdContext } from "../../../lib/auth/guard";
import { matchHousehold } from "../../../lib/reconcile/run";
import { confirmLink, linkByHand, rejectLink } from "../../../lib/reconcile/links";

const testDb = useTestDb();

let n = 0;
async function seedHousehold(name: string) {
  const household = await testDb.prisma.household.create({ data: { name } });
  const account = await testDb.prisma.account.create({ data: { householdId: household.id, name: "Main", type: "checking", currency: "EUR" } });
  const ctx: HouseholdContext = operatorContext(household.id);
  const addTx = (date: string, amountMinor: bigint, label: string, categoryId = "0") =>
    testDb.prisma.transaction.create({ data: { householdId: household.id, accountId: account.id, date, amountMinor, currency: "EUR", rawLabel: label, label, categoryId } });
  const addBill = (fields: { vendor: string; amountMinor: bigint; date: string; type?: string; isRefund?: boolean; originalAmountMinor?: bigint; originalDate?: string; groupAmountMinor?: bigint; mandateId?: string }) =>
    testDb.prisma.bill.create({ data: { householdId: household.id, konnector: "test", identity: `id-${++n}`, currency: "EUR", ...fields } });
  return { household, account, ctx, addTx, addBill };
}

const linksOf = async (householdId: string) =>
  (await testDb.prisma.billLink.findMany({ where: { householdId }, orderBy: [{ billId: "asc" }, { kind: "asc" }] })).map((l) => ({ billId: l.billId, transactionId: l.transactionId, kind: l.kind, amountMinor: l.amountMinor, state: l.state }));

describe("matchHousehold", () => {
  let home: Awaited<ReturnType<typeof seedHousehold>>;
  let other: Awaited<ReturnType<typeof seedHousehold>>;
  const ids = {} as Record<"edf" | "ameli" | "edfTx" | "edfTx2" | "careTx" | "cpamTx" | "noise" | "foreignTx" | "foreignBill", string>;

  beforeAll(async () => {
    home = await seedHousehold("Home");
    other = await seedHousehold("Other");
    ids.edf = (await home.addBill({ vendor: "EDF", amountMinor: 7620n, date: "2024-01-10", type: "energy" })).id;
    ids.ameli = (await home.addBill({ vendor: "Ameli", type: "health_costs", isRefund: true, amountMinor: 1750n, originalAmountMinor: 2500n, originalDate: "2024-01-05", date: "2024-01-12" })).id;
    ids.edfTx = (await home.addTx("2024-01-15", -7620n, "PRLV SEPA EDF")).id;
    ids.edfTx2 = (await home.addTx("2024-01-30", -7620n, "PRLV SEPA EDF")).id;
    ids.careTx = (await home.addTx("2024-01-05", -2500n, "CB DR MARTIN", "400610")).id;
    ids.cpamTx = (await home.addTx("2024-01-13", 1750n, "VIR CPAM", "400610")).id;
    ids.noise = (await home.addTx("2024-01-11", -7620n, "CB CARREFOUR")).id;
    // Another household holds an identical debit, closer in time: it must never be seen.
    ids.foreignTx = (await other.addTx("2024-01-10", -7620n, "PRLV SEPA EDF")).id;
    ids.foreignBill = (await other.addBill({ vendor: "EDF", amountMinor: 7620n, date: "2024-01-10" })).id;
  });

  it("writes auto links for debits, credits and reimbursements, scoped to the household", async () => {
    const report = await matchHousehold(home.ctx);
    expect(report).toMatchObject({ bills: 2, linksCreated: 4, linksRemoved: 0 });
    expect(await linksOf(home.household.id)).toEqual(
      expect.arrayContaining([
        { billId: ids.edf, transactionId: ids.edfTx, kind: "debit", amountMinor: 7620n, state: "auto" },
        { billId: ids.ameli, transactionId: ids.careTx, kind: "debit", amountMinor: 2500n, state: "auto" },
        { billId: ids.ameli, transactionId: ids.cpamTx, kind: "credit", amountMinor: 1750n, state: "auto" },
        { billId: ids.ameli, transactionId: ids.careTx, kind: "reimbursement", amountMinor: 1750n, state: "auto" },
      ]),
    );
    expect(await linksOf(other.household.id)).toEqual([]);
  });

  it("is idempotent", async () => {
    const report = await matchHousehold(home.ctx);
    expect(report).toMatchObject({ linksCreated: 0, linksRemoved: 0, linksKept: 4 });
  });

  it("never proposes a rejected link again, and moves the bill to its next candidate", async () => {
    const link = await testDb.prisma.billLink.findFirstOrThrow({ where: { billId: ids.edf, kind: "debit" } });
    await rejectLink(home.ctx, link.id);
    const report = await matchHousehold(home.ctx);
    expect(report).toMatchObject({ linksCreated: 1 });
    const edfLinks = (await linksOf(home.household.id)).filter((l) => l.billId === ids.edf);
    expect(edfLinks).toEqual(expect.arrayContaining([
      { billId: ids.edf, transactionId: ids.edfTx, kind: "debit", amountMinor: 7620n, state: "rejected" },
      { billId: ids.edf, transactionId: ids.edfTx2, kind: "debit", amountMinor: 7620n, state: "auto" },
    ]));
  });

  it("keeps confirmed links untouched by later runs", async () => {
    const link = await testDb.prisma.billLink.findFirstOrThrow({ where: { billId: ids.edf, kind: "debit", state: "auto" } });
    await confirmLink(home.ctx, link.id);
    await matchHousehold(home.ctx);
    const after = await testDb.prisma.billLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(after.state).toBe("confirmed");
  });

  it("rejecting a debit drops the reimbursement it carried", async () => {
    const debit = await testDb.prisma.billLink.findFirstOrThrow({ where: { billId: ids.ameli, kind: "debit" } });
    await rejectLink(home.ctx, debit.id);
    const kinds = (await linksOf(home.household.id)).filter((l) => l.billId === ids.ameli).map((l) => `${l.kind}:${l.state}`).sort();
    expect(kinds).toEqual(["credit:auto", "debit:rejected"]);
    await matchHousehold(home.ctx);
    const again = (await linksOf(home.household.id)).filter((l) => l.billId === ids.ameli).map((l) => `${l.kind}:${l.state}`).sort();
    expect(again).toEqual(["credit:auto", "debit:rejected"]);
  });

  it("links by hand, confirmed, within the transaction's room", async () => {
    const hand = await linkByHand(home.ctx, ids.ameli, ids.noise, "debit");
    expect(hand).toMatchObject({ state: "confirmed", amountMinor: 2500n, kind: "debit" });
    // The hand-linked debit now meets the CPAM credit: the next run records the reimbursement on it.
    await matchHousehold(home.ctx);
    const reimbursement = await testDb.prisma.billLink.findFirst({ where: { billId: ids.ameli, kind: "reimbursement" } });
    expect(reimbursement).toMatchObject({ transactionId: ids.noise, amountMinor: 1750n, state: "auto" });
  });

  it("refuses ids of another household, wrong kinds and full transactions", async () => {
    await expect(linkByHand(home.ctx, ids.foreignBill, ids.edfTx, "debit")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(linkByHand(home.ctx, ids.edf, ids.foreignTx, "debit")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const foreignLink = await testDb.prisma.billLink.findFirstOrThrow({ where: { householdId: home.household.id } });
    await expect(confirmLink(other.ctx, foreignLink.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(rejectLink(other.ctx, foreignLink.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(linkByHand(home.ctx, ids.edf, ids.edfTx, "payment")).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(linkByHand(home.ctx, ids.edf, ids.cpamTx, "debit")).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const extra = await home.addBill({ vendor: "EDF", amountMinor: 100n, date: "2024-01-10" });
    await expect(linkByHand(home.ctx, extra.id, ids.edfTx2, "debit")).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(matchHousehold({ ...home.ctx, role: "viewer" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("matchHousehold scope and combinations", () => {
  it("combines health bills paid by one debit, and leaves bills before `since` alone", async () => {
    const h = await seedHousehold("Combo");
    const day = { vendor: "Ameli", type: "health_costs", isRefund: true, originalDate: "2024-03-04", date: "2024-03-12" };
    const a = await h.addBill({ ...day, amountMinor: 1750n, originalAmountMinor: 2500n });
    const b = await h.addBill({ ...day, amountMinor: 2100n, originalAmountMinor: 3000n });
    const pharmacy = await h.addTx("2024-03-05", -5500n, "CB PHARMACIE", "400610");
    const old = await h.addBill({ vendor: "Free", amountMinor: 2999n, date: "2023-06-01" });
    await h.addTx("2023-06-03", -2999n, "PRLV FREE MOBILE");
    const report = await matchHousehold(h.ctx, { since: "2024-01-01" });
    expect(report.bills).toBe(2);
    const links = await linksOf(h.household.id);
    expect(links.map((l) => `${l.billId === a.id ? "a" : l.billId === b.id ? "b" : "?"}:${l.kind}:${l.transactionId === pharmacy.id}:${l.amountMinor}`).sort()).toEqual(["a:debit:true:2500", "b:debit:true:3000"]);
    expect(links.some((l) => l.billId === old.id)).toBe(false);
    const full = await matchHousehold(h.ctx);
    expect(full).toMatchObject({ bills: 3, linksCreated: 1, linksKept: 2 });
  });
});

describe("suggestTransactions", () => {
  it("ranks the household's transactions around a bill for linking by hand, wider than automatic matching", async () => {
    const { suggestTransactions } = await import("../../../lib/reconcile/suggest");
    const h = await seedHousehold("Suggest");
    const o = await seedHousehold("Elsewhere");
    const bill = await h.addBill({ vendor: "EDF", amountMinor: 7620n, date: "2024-01-10" });
    const exact = await h.addTx("2024-01-12", -7620n, "PRLV EDF");
    const close = await h.addTx("2024-02-20", -7900n, "CB QUELQUE CHOSE");
    await h.addTx("2024-06-01", -7620n, "PRLV EDF");
    await o.addTx("2024-01-10", -7620n, "PRLV EDF");
    const suggestions = await suggestTransactions(h.ctx, bill.id);
    expect(suggestions.map((s) => s.transactionId)).toEqual([exact.id, close.id]);
    expect(suggestions[0]).toMatchObject({ kind: "debit", amount: "-76.20", date: "2024-01-12" });
    await expect(suggestTransactions(o.ctx, bill.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(matchHousehold(h.ctx, { since: "01/01/2024" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});

describe("matchHousehold on an empty household", () => {
  it("does nothing and reports zeros", async () => {
    const h = await seedHousehold("Empty");
    await h.addTx("2024-01-01", -100n, "CB X");
    expect(await matchHousehold(h.ctx)).toMatchObject({ bills: 0, linksCreated: 0, linksRemoved: 0 });
  });
});
