/**
 * What the bills pages call, against a real database: the list with computed states and keyset pages, the
 * candidates of "link by hand", confirm / reject / link by hand (the lib calls behind the page actions), the
 * transaction page's bills and reimbursements, completing a plain PDF's bill, and the household walls.
 */
import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { newHousehold, memberOf } from "../app/households";
import { buildPdf } from "../../unit/einvoice/pdf-builder";
import { createAccount } from "../../../lib/accounts/accounts";
import { createManualTransaction } from "../../../lib/transactions/manual";
import { createBills } from "../../../lib/bills/create";
import { completeBill } from "../../../lib/bills/complete";
import { getBill } from "../../../lib/bills/list";
import { matchHousehold } from "../../../lib/reconcile/run";
import { confirmLink, linkByHand, rejectLink } from "../../../lib/reconcile/links";
import { listBillsPage } from "../../../lib/bills/ui/page";
import { loadBillLinks } from "../../../lib/bills/ui/links";
import { searchCandidates } from "../../../lib/bills/ui/candidates";
import { transactionBills } from "../../../lib/bills/ui/transaction";
import { importBillUploads } from "../../../lib/bills/ui/upload";
import type { HouseholdContext } from "../../../lib/auth/guard";

useTestDb();
const code = (promise: Promise<unknown>) => promise.then(() => "OK", (error: { code?: string }) => error.code ?? String(error));
const TODAY = "2024-03-15";

async function scenario(name = "Home") {
  const ctx = await newHousehold(name);
  const account = await createAccount(ctx, { name: "Main", type: "checking", currency: "EUR" });
  const tx = (date: string, amount: string, label: string, categoryId?: string) => createManualTransaction(ctx, account.id, { date, amount, label, categoryId });
  const freeDebit = await tx("2024-03-05", "-34.90", "PRLV SEPA FREE MOBILE");
  const otherDebit = await tx("2024-03-06", "-34.90", "CB CARREFOUR MARKET");
  const careDebit = await tx("2024-03-01", "-25.00", "CB DR MARTIN", "400610");
  const cpamCredit = await tx("2024-03-10", "17.50", "VIR CPAM PARIS", "400620");
  const { bills } = await createBills(ctx, "test", [
    { vendor: "Free Mobile", vendorRef: "FM-03", type: "phone", amount: "34.90", currency: "EUR", date: "2024-03-02" },
    { vendor: "Ameli", vendorRef: "AM-1", type: "health_costs", isRefund: true, amount: "17.50", originalAmount: "25.00", originalDate: "2024-03-01", currency: "EUR", date: "2024-03-10" },
    { vendor: "EDF", vendorRef: "EDF-01", type: "energy", amount: "80.00", currency: "EUR", date: "2024-01-10", dueDate: "2024-01-25" },
  ]);
  const [free, ameli, edf] = bills.map((b) => b.id) as [string, string, string];
  await matchHousehold(ctx);
  return { ctx, account, freeDebit, otherDebit, careDebit, cpamCredit, free, ameli, edf };
}

async function stateOf(ctx: HouseholdContext, billId: string, today = TODAY) {
  const page = await listBillsPage(ctx, {}, today, 500);
  return page.rows.find((r) => r.bill.id === billId)?.status.state;
}

async function linkOf(ctx: HouseholdContext, billId: string, kind: string) {
  const { links } = await loadBillLinks(ctx, [billId]);
  return links.find((l) => l.kind === kind && l.state !== "rejected");
}

describe("bills list", () => {
  it("computes each bill's state from its links and today, filters by state, groups by month and vendor", async () => {
    const s = await scenario();
    const page = await listBillsPage(s.ctx, {}, TODAY);
    expect(Object.fromEntries(page.rows.map((r) => [r.bill.vendorRef, r.status.state]))).toEqual({ "FM-03": "matched", "AM-1": "reimbursed", "EDF-01": "late" });
    expect(page.groups.map((g) => `${g.month} ${g.vendor}`)).toEqual(["2024-03 Ameli", "2024-03 Free Mobile", "2024-01 EDF"]);
    expect((await listBillsPage(s.ctx, { state: "late" }, TODAY)).rows.map((r) => r.bill.vendorRef)).toEqual(["EDF-01"]);
    expect((await listBillsPage(s.ctx, { from: "2024-02", to: "2024-03" }, TODAY)).rows).toHaveLength(2);
    // Before its due date (+ grace) the unpaid EDF bill was only waiting.
    expect(await stateOf(s.ctx, s.edf, "2024-01-30")).toBe("waiting");
  });

  it("pages by keyset, with and without a state filter, never repeating or skipping a bill", async () => {
    const ctx = await newHousehold();
    const bills = Array.from({ length: 9 }, (_, i) => ({ vendor: "Vendor", vendorRef: `R-${i}`, amount: "10.00", currency: "EUR", date: `2024-02-${String(10 + (i % 3)).padStart(2, "0")}`, ...(i % 2 ? { dueDate: "2030-01-01" } : {}) }));
    await createBills(ctx, "test", bills);
    const walk = async (query: Record<string, string>) => {
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let guard = 0; guard < 10; guard++) {
        const page = await listBillsPage(ctx, { ...query, cursor }, TODAY, 2);
        seen.push(...page.rows.map((r) => r.bill.vendorRef!));
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      return seen;
    };
    const all = await walk({});
    expect(new Set(all).size).toBe(9);
    const waiting = await walk({ state: "waiting" });
    expect(waiting.sort()).toEqual(["R-1", "R-3", "R-5", "R-7"]);
    expect((await walk({ state: "late" })).sort()).toEqual(["R-0", "R-2", "R-4", "R-6", "R-8"]);
  });
});

describe("correcting links (the page actions' lib calls)", () => {
  it("rejects a link for good, links by hand from the candidates, and keeps confirmed links through re-runs", async () => {
    const s = await scenario();
    const auto = await linkOf(s.ctx, s.free, "debit");
    expect(await linkOf(s.ctx, s.edf, "debit")).toBeUndefined();
    expect(auto).toMatchObject({ transactionId: s.freeDebit.id, state: "auto" });

    await rejectLink(s.ctx, auto!.id);
    await matchHousehold(s.ctx);
    const { links } = await loadBillLinks(s.ctx, [s.free]);
    expect(links.map((l) => [l.transactionId, l.state])).toEqual([[s.freeDebit.id, "rejected"]]);
    expect(await stateOf(s.ctx, s.free)).toBe("waiting");

    const bill = await getBill(s.ctx, s.free);
    const candidates = await searchCandidates(s.ctx, bill, { kind: "debit" });
    // Exact amount in the window: both debits, nearest date first; other amounts only when asked.
    expect(candidates.map((c) => c.id)).toEqual([s.freeDebit.id, s.otherDebit.id]);
    expect((await searchCandidates(s.ctx, bill, { kind: "debit", anyAmount: true })).map((c) => c.id)).toContain(s.careDebit.id);
    expect((await searchCandidates(s.ctx, bill, { kind: "debit", q: "carrefour" })).map((c) => c.id)).toEqual([s.otherDebit.id]);
    expect(await searchCandidates(s.ctx, bill, { kind: "debit", q: "100%_" })).toEqual([]);

    await linkByHand(s.ctx, s.free, s.otherDebit.id, "debit");
    await matchHousehold(s.ctx);
    expect(await linkOf(s.ctx, s.free, "debit")).toMatchObject({ transactionId: s.otherDebit.id, state: "confirmed", amountMinor: 3490n });
    expect(await stateOf(s.ctx, s.free)).toBe("matched");

    const credit = await linkOf(s.ctx, s.ameli, "credit");
    expect(credit).toMatchObject({ transactionId: s.cpamCredit.id, state: "auto" });
    await confirmLink(s.ctx, credit!.id);
    expect((await linkOf(s.ctx, s.ameli, "credit"))?.state).toBe("confirmed");
  });

  it("shows the transaction's bills and reimbursements with Cozy's health status", async () => {
    const s = await scenario();
    const care = await transactionBills(s.ctx, s.careDebit, TODAY);
    expect(care.bills.map((e) => [e.bill.id, e.link.kind])).toEqual([[s.ameli, "debit"]]);
    expect(care.reimbursements.map((e) => [e.bill.id, e.link.amountMinor])).toEqual([[s.ameli, 1750n]]);
    expect(care.healthStatus).toBe("reimbursed");

    const reimbursement = await linkOf(s.ctx, s.ameli, "reimbursement");
    await rejectLink(s.ctx, reimbursement!.id);
    expect((await transactionBills(s.ctx, s.careDebit, TODAY)).healthStatus).toBe("pending");
    expect((await transactionBills(s.ctx, s.careDebit, "2024-04-15")).healthStatus).toBe("late");
    const phone = await transactionBills(s.ctx, s.freeDebit, TODAY);
    expect([phone.bills.map((e) => e.bill.vendor), phone.healthStatus]).toEqual([["Free Mobile"], null]);
  });

  it("keeps other households out and viewers read-only", async () => {
    const s = await scenario("Alice");
    const bob = await scenario("Bob");
    const aliceLink = await linkOf(s.ctx, s.free, "debit");
    expect(await code(getBill(bob.ctx, s.free))).toBe("NOT_FOUND");
    expect(await code(confirmLink(bob.ctx, aliceLink!.id))).toBe("NOT_FOUND");
    expect(await code(rejectLink(bob.ctx, aliceLink!.id))).toBe("NOT_FOUND");
    expect(await code(linkByHand(bob.ctx, s.free, bob.otherDebit.id, "debit"))).toBe("NOT_FOUND");
    expect(await code(linkByHand(bob.ctx, bob.free, s.otherDebit.id, "debit"))).toBe("NOT_FOUND");
    expect((await loadBillLinks(bob.ctx, [s.free])).links).toEqual([]);
    expect((await transactionBills(bob.ctx, s.freeDebit, TODAY)).bills).toEqual([]);
    const bobsView = await searchCandidates(bob.ctx, await getBill(s.ctx, s.free), { kind: "debit", anyAmount: true, days: 366 });
    expect(bobsView.every((c) => [bob.freeDebit.id, bob.otherDebit.id, bob.careDebit.id].includes(c.id))).toBe(true);
    expect((await listBillsPage(bob.ctx, {}, TODAY)).rows.every((r) => r.bill.id !== s.free)).toBe(true);

    const viewer = await memberOf(s.ctx, "viewer");
    expect((await listBillsPage(viewer, {}, TODAY)).rows).toHaveLength(3);
    expect(await code(confirmLink(viewer, aliceLink!.id))).toBe("FORBIDDEN");
    expect(await code(rejectLink(viewer, aliceLink!.id))).toBe("FORBIDDEN");
    expect(await code(linkByHand(viewer, s.free, s.otherDebit.id, "debit"))).toBe("FORBIDDEN");
    expect(await code(matchHousehold(viewer))).toBe("FORBIDDEN");
    expect(await code(completeBill(viewer, s.free, { vendor: "x", amount: "1", currency: "EUR", date: "2024-01-01" }))).toBe("FORBIDDEN");
    expect(await code(importBillUploads(viewer, [{ name: "a.pdf", bytes: buildPdf({ lines: ["Total 1,00 €"] }) }]))).toBe("FORBIDDEN");
    expect((await linkOf(s.ctx, s.free, "debit"))?.state).toBe("auto");
  });
});

describe("upload and completion", () => {
  it("keeps a plain PDF as a bill to complete with its text's proposals, then matches it once completed", async () => {
    const s = await scenario();
    const bakery = await createManualTransaction(s.ctx, s.account.id, { date: "2024-03-05", amount: "-12.40", label: "CB BOULANGERIE DUPONT" });
    const plain = buildPdf({ lines: ["Boulangerie Dupont", "Facture du 04/03/2024", "Total TTC 12,40 €"] });
    const result = await importBillUploads(s.ctx, [{ name: "scan.pdf", bytes: plain }]);
    const [read] = result.files[0]!.bills;
    expect(read).toMatchObject({ status: "to_complete", amount: "12.40", date: "2024-03-04" });
    expect(await stateOf(s.ctx, read!.id)).toBe("to_complete");
    expect(await linkOf(s.ctx, read!.id, "debit")).toBeUndefined();

    await completeBill(s.ctx, read!.id, { vendor: "Boulangerie Dupont", amount: "12.40", currency: "EUR", date: "2024-03-04" });
    expect((await getBill(s.ctx, read!.id)).status).toBe("complete");
    expect(await linkOf(s.ctx, read!.id, "debit")).toMatchObject({ transactionId: bakery.id, state: "auto" });
    expect(await stateOf(s.ctx, read!.id)).toBe("matched");
  });
});
