/** The bill state shown on the bills page (pure): payment and health-reimbursement states around their deadlines. */
import { describe, expect, it } from "vitest";
import { billStatus, paymentDeadline, reimbursementState, type BillStateInput } from "../../../lib/bills/ui/state";
import { groupBills, parseBillsQuery, type BillRow } from "../../../lib/bills/ui/page";
import { proposalsOf } from "../../../lib/bills/ui/proposals";
import { contentDisposition } from "../../../lib/bills/ui/file-response";

const none = { hasDebit: false, hasCredit: false, hasReimbursement: false };
const phone: BillStateInput = { vendor: "Free Mobile", type: "phone", status: "complete", date: "2024-03-02", dueDate: "2024-03-20", originalDate: null, isRefund: false, isThirdPartyPayer: false };
const health: BillStateInput = { vendor: "Ameli", type: "health_costs", status: "complete", date: "2024-03-10", dueDate: null, originalDate: "2024-03-01", isRefund: true, isThirdPartyPayer: false };

describe("payment state", () => {
  it("is matched once a debit is linked, whatever the date", () => {
    expect(billStatus(phone, { ...none, hasDebit: true }, "2030-01-01")).toMatchObject({ state: "matched", payment: "matched", reimbursement: null });
  });

  it("waits until the due date plus grace, then is late", () => {
    expect(paymentDeadline(phone)).toBe("2024-03-25");
    expect(billStatus(phone, none, "2024-03-25").state).toBe("waiting");
    expect(billStatus(phone, none, "2024-03-26").state).toBe("late");
  });

  it("without a due date, waits through the bill's matching window (29 days, or its own dateUpperDelta)", () => {
    const noDue = { ...phone, dueDate: null };
    expect(billStatus(noDue, none, "2024-03-31").state).toBe("waiting");
    expect(billStatus(noDue, none, "2024-04-01").state).toBe("late");
    expect(billStatus({ ...noDue, dateUpperDelta: 5 }, none, "2024-03-08").state).toBe("late");
  });

  it("a refund that is not a health bill is settled by its credit, not a debit", () => {
    const refund = { ...phone, isRefund: true };
    expect(billStatus(refund, { ...none, hasDebit: true }, "2024-03-10").state).toBe("waiting");
    expect(billStatus(refund, { ...none, hasCredit: true }, "2024-05-10").state).toBe("matched");
  });

  it("third-party-payer bills expect no movement; bills to complete say so first", () => {
    expect(billStatus({ ...health, isThirdPartyPayer: true }, none, "2025-01-01")).toMatchObject({ state: "not_expected", reimbursement: null });
    expect(billStatus({ ...phone, status: "to_complete" }, { ...none, hasDebit: true }, "2025-01-01")).toMatchObject({ state: "to_complete", reimbursement: null });
  });
});

describe("health reimbursement state (Cozy: reimbursed with one reimbursement, late after 30 days)", () => {
  it("counts from the care date, not the statement date", () => {
    expect(reimbursementState("2024-03-01", false, "2024-03-31")).toBe("pending");
    expect(reimbursementState("2024-03-01", false, "2024-04-01")).toBe("late");
    expect(reimbursementState("2024-03-01", true, "2025-01-01")).toBe("reimbursed");
    const paid = { ...none, hasDebit: true };
    expect(billStatus(health, paid, "2024-03-31")).toMatchObject({ state: "pending", payment: "matched", reimbursement: "pending", reimbursementDeadline: "2024-03-31" });
    expect(billStatus(health, paid, "2024-04-01")).toMatchObject({ state: "late_reimbursement", reimbursement: "late" });
  });

  it("is reimbursed by its own credit or by a reimbursement recorded on the debit that paid it", () => {
    expect(billStatus(health, { ...none, hasCredit: true }, "2024-06-01").state).toBe("reimbursed");
    expect(billStatus({ ...health, isRefund: false }, { ...none, hasDebit: true, hasReimbursement: true }, "2024-06-01").state).toBe("reimbursed");
  });

  it("an unpaid health invoice shows its payment state first; the brand dictionary makes a typeless bill health", () => {
    const invoice = { ...health, isRefund: false, vendor: "Dr Martin" };
    expect(billStatus(invoice, none, "2024-03-05")).toMatchObject({ state: "waiting", reimbursement: "pending" });
    expect(billStatus({ ...health, type: null }, { ...none, hasDebit: true }, "2024-03-05").reimbursement).toBe("pending");
    expect(billStatus({ ...phone, type: null }, { ...none, hasDebit: true }, "2024-03-05").reimbursement).toBeNull();
  });
});

describe("page helpers", () => {
  it("groups by month (newest first) then vendor, totals per currency", () => {
    const row = (id: string, date: string, vendor: string, amountMinor: bigint, currency = "EUR") =>
      ({ bill: { id, date, vendor, amountMinor, currency }, status: {}, links: [] }) as unknown as BillRow;
    const groups = groupBills([row("a", "2024-03-02", "Free", 3490n), row("b", "2024-02-10", "EDF", 5000n), row("c", "2024-03-20", "free", 1000n), row("d", "2024-03-21", "Free", 700n, "USD")]);
    expect(groups.map((g) => [g.month, g.vendor, g.rows.map((r) => r.bill.id), g.totals])).toEqual([
      ["2024-03", "Free", ["a", "c", "d"], [{ currency: "EUR", amountMinor: 4490n }, { currency: "USD", amountMinor: 700n }]],
      ["2024-02", "EDF", ["b"], [{ currency: "EUR", amountMinor: 5000n }]],
    ]);
  });

  it("drops junk query values instead of failing the page", () => {
    expect(parseBillsQuery({ state: "late", from: "2024-01", to: "nope", vendor: "", type: ["phone", "x"] })).toEqual({ state: "late", from: "2024-01", type: "phone" });
  });

  it("reads a plain PDF's proposals defensively", () => {
    expect(proposalsOf({ proposals: { amounts: [{ amount: "15.99" }, { amount: "15.99" }, { nope: 1 }, null], dates: ["2024-04-02", 3] } })).toEqual({ amounts: ["15.99"], dates: ["2024-04-02"] });
    expect(proposalsOf(null)).toEqual({ amounts: [], dates: [] });
  });

  it("writes a header-safe file name with the UTF-8 original", () => {
    expect(contentDisposition("inline", 'Facture "été".pdf')).toBe(`inline; filename="Facture _ete_.pdf"; filename*=UTF-8''Facture%20%22%C3%A9t%C3%A9%22.pdf`);
  });
});
