import { describe, expect, it } from "vitest";
import { bill, match, pairs, tx } from "./helpers";

describe("debit window and amount (Cozy defaults: -15/+29 days, exact amount)", () => {
  it.each([
    ["2023-12-26", -15, true],
    ["2023-12-25", -16, false],
    ["2024-02-08", 29, true],
    ["2024-02-09", 30, false],
    ["2024-01-10", 0, true],
  ])("a debit on %s (%i days) matches: %s", (date, _days, isMatch) => {
    const b = bill({ date: "2024-01-10" });
    const t = tx({ date });
    expect(pairs(match([b], [t]))).toEqual(isMatch ? [`${b.id}→${t.id}`] : []);
  });

  it("searches around originalDate and originalAmount when present", () => {
    const b = bill({ date: "2024-03-01", originalDate: "2024-01-10", amount: "10.00", originalAmount: "76.20" });
    const t = tx({ date: "2024-01-11" });
    expect(match([b], [t])).toEqual([{ billId: b.id, transactionId: t.id, kind: "debit", amount: "76.20" }]);
  });

  it("requires the exact amount by default (one cent off does not match)", () => {
    const b = bill();
    expect(match([b], [tx({ amount: "-76.21" }), tx({ amount: "-76.19" }), tx({ amount: "76.20" })])).toEqual([]);
  });

  it("matches card payments on their realisation date", () => {
    const b = bill({ date: "2024-01-10" });
    const t = tx({ date: "2024-03-01", realisationDate: "2024-01-11" });
    expect(pairs(match([b], [t]))).toEqual([`${b.id}→${t.id}`]);
  });

  it("lets matchingCriterias widen (or narrow) the amount and the window", () => {
    const widened = bill({ matchingCriterias: { amountLowerDelta: "1.00", amountUpperDelta: 0.5, dateLowerDelta: null, dateUpperDelta: 40 } });
    const lower = tx({ amount: "-77.20", date: "2024-02-19" }); // 1.00 more spent, +40 days
    expect(pairs(match([widened], [lower]))).toEqual([`${widened.id}→${lower.id}`]);
    expect(match([widened], [tx({ amount: "-77.21" })])).toEqual([]);
    expect(pairs(match([widened], [tx({ id: "up", amount: "-75.70" })]))).toEqual([`${widened.id}→up`]);
    expect(match([widened], [tx({ amount: "-75.69" })])).toEqual([]);
    const narrowed = bill({ matchingCriterias: { dateLowerDelta: 2, dateUpperDelta: 2 } });
    expect(match([narrowed], [tx({ date: "2024-01-13" })])).toEqual([]);
    expect(match([narrowed], [tx({ date: "2024-01-07" })])).toEqual([]);
    expect(match([narrowed], [tx({ date: "2024-01-12" })])).toHaveLength(1);
  });

  it("caps a widened match at the transaction's own amount", () => {
    const b = bill({ amount: "80.00", matchingCriterias: { amountUpperDelta: "5" } });
    const t = tx({ amount: "-76.20" });
    expect(match([b], [t])).toEqual([{ billId: b.id, transactionId: t.id, kind: "debit", amount: "76.20" }]);
  });
});

describe("label regex", () => {
  it("needs the vendor's brand regex on the label", () => {
    const b = bill();
    expect(match([b], [tx({ label: "CB CARREFOUR MARKET" })])).toEqual([]);
    const t = tx({ label: "Prlv Sepa Electricité de France" });
    expect(pairs(match([b], [t]))).toEqual([`${b.id}→${t.id}`]);
  });

  it("uses the bill's labelRegex first", () => {
    const b = bill({ vendor: "Mon fournisseur", matchingCriterias: { labelRegex: "fournisseur ?x" } });
    expect(match([b], [tx({ label: "PRLV EDF" })])).toEqual([]);
    expect(match([b], [tx({ label: "PRLV FOURNISSEURX 0124" })])).toHaveLength(1);
  });

  it("falls back to the escaped vendor name as a word", () => {
    const b = bill({ vendor: "C&A (web)" });
    expect(match([b], [tx({ label: "CB C&A (WEB) 12/01" })])).toHaveLength(1);
    expect(match([bill({ vendor: "Fnord" })], [tx({ label: "CB FNORDIC" })])).toEqual([]);
  });

  it("never matches a bill without vendor on a label-filtered search", () => {
    expect(match([bill({ vendor: null })], [tx()])).toEqual([]);
  });

  it("takes a SEPA mandate id or payment reference in the label as strong evidence", () => {
    const b = bill({ vendor: "Acme Energie", mandateId: "MND-2023-88412" });
    const plain = tx({ id: "plain", label: "PRLV ACME ENERGIE", date: "2024-01-10" });
    const referenced = tx({ id: "ref", label: "PRLV SEPA ACM ENRG RUM MND202388412", date: "2024-01-30" });
    // The referenced debit wins although it is 20 days further and the vendor regex does not match it.
    expect(pairs(match([b], [plain, referenced]))).toEqual([`${b.id}→ref`]);
    const byReference = bill({ vendor: "Nobody", paymentReference: "RF18 5390 0754 7034" });
    expect(pairs(match([byReference], [tx({ id: "rf", label: "VIR RF18539007547034" })]))).toEqual([`${byReference.id}→rf`]);
  });
});

describe("refunds", () => {
  it("links a refund to its credit only (no debit of a refund)", () => {
    const b = bill({ isRefund: true, amount: "30.00", date: "2024-02-01" });
    const debit = tx({ id: "d", amount: "-30.00", date: "2024-02-01" });
    const credit = tx({ id: "c", amount: "30.00", date: "2024-02-03", label: "VIR EDF REMBOURSEMENT" });
    expect(match([b], [debit, credit])).toEqual([{ billId: b.id, transactionId: "c", kind: "credit", amount: "30.00" }]);
  });

  it("searches the credit with the label regex", () => {
    const b = bill({ isRefund: true, amount: "30.00" });
    expect(match([b], [tx({ amount: "30.00", label: "VIR MR DUPONT" })])).toEqual([]);
  });

  it("records a partial refund as a reimbursement on the original debit", () => {
    const b = bill({ vendor: "Amazon", isRefund: true, amount: "20.00", originalAmount: "59.90", originalDate: "2024-01-02", date: "2024-01-20" });
    const debit = tx({ id: "d", amount: "-59.90", date: "2024-01-03", label: "CB AMAZON PAYMENTS", categoryId: "400112" });
    const credit = tx({ id: "c", amount: "20.00", date: "2024-01-21", label: "AMAZON REMBT" });
    expect(match([b], [debit, credit])).toEqual([
      { billId: b.id, transactionId: "d", kind: "debit", amount: "59.90" },
      { billId: b.id, transactionId: "c", kind: "credit", amount: "20.00" },
      { billId: b.id, transactionId: "d", kind: "reimbursement", amount: "20.00" },
    ]);
  });
});
