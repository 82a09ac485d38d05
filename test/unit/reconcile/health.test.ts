import { describe, expect, it } from "vitest";
import { bill, match, pairs, tx } from "./helpers";

const ameli = (fields: Record<string, unknown> = {}) =>
  bill({ vendor: "Ameli", type: "health_costs", isRefund: true, amount: "17.50", originalAmount: "25.00", originalDate: "2024-01-05", date: "2024-01-12", ...fields });
const care = (fields: Record<string, unknown> = {}) => tx({ amount: "-25.00", date: "2024-01-05", label: "CB DR MARTIN MEDECIN", categoryId: "400610", ...fields });
const cpam = (fields: Record<string, unknown> = {}) => tx({ amount: "17.50", date: "2024-01-13", label: "VIR CPAM PARIS REMB SOINS", categoryId: "400610", ...fields });

describe("health bills", () => {
  it("match the care debit without any label match, the CPAM credit with it, and record the reimbursement", () => {
    const b = ameli();
    const debit = care();
    const credit = cpam();
    expect(match([b], [debit, credit])).toEqual([
      { billId: b.id, transactionId: debit.id, kind: "debit", amount: "25.00" },
      { billId: b.id, transactionId: credit.id, kind: "credit", amount: "17.50" },
      { billId: b.id, transactionId: debit.id, kind: "reimbursement", amount: "17.50" },
    ]);
  });

  it("only match health-category transactions (400610 / Others: Health for debits)", () => {
    const b = ameli();
    expect(pairs(match([b], [care({ categoryId: "400110" })]))).toEqual([]);
    expect(pairs(match([b], [care({ categoryId: "0" })]))).toEqual([]);
    expect(pairs(match([b], [care({ categoryId: "400620" })]))).toEqual([]);
    expect(pairs(match([b], [care({ id: "c600", categoryId: "400600" })]))).toEqual([`${b.id}→c600`]);
    expect(pairs(match([b], [cpam({ id: "k", categoryId: "400620" })]), "credit")).toEqual([`${b.id}→k`]);
    expect(pairs(match([b], [cpam({ categoryId: "200110" })]), "credit")).toEqual([]);
  });

  it("keep ordinary bills away from health transactions", () => {
    expect(match([bill()], [tx({ categoryId: "400610" })])).toEqual([]);
  });

  it("is a health bill by type, or by a health insurer vendor when the type is missing", () => {
    const typed = bill({ vendor: "Pharmacie du Centre", type: "health_costs", amount: "12.00", date: "2024-01-05" });
    const untyped = bill({ vendor: "MGEN", type: null, amount: "12.00", date: "2024-01-05" });
    expect(pairs(match([typed], [care({ id: "p", amount: "-12.00" })]))).toEqual([`${typed.id}→p`]);
    expect(pairs(match([untyped], [care({ id: "q", amount: "-12.00" })]))).toEqual([`${untyped.id}→q`]);
  });

  it("pay back several bills with one grouped transfer (groupAmount)", () => {
    const a = ameli({ amount: "10.00", originalAmount: "15.00", groupAmount: "25.00" });
    const b = ameli({ amount: "15.00", originalAmount: "21.43", originalDate: "2024-01-08", groupAmount: "25.00" });
    const debitA = care({ amount: "-15.00" });
    const debitB = care({ amount: "-21.43", date: "2024-01-08" });
    const grouped = cpam({ amount: "25.00" });
    const links = match([a, b], [debitA, debitB, grouped]);
    expect(links).toEqual([
      { billId: a.id, transactionId: debitA.id, kind: "debit", amount: "15.00" },
      { billId: a.id, transactionId: grouped.id, kind: "credit", amount: "10.00" },
      { billId: a.id, transactionId: debitA.id, kind: "reimbursement", amount: "10.00" },
      { billId: b.id, transactionId: debitB.id, kind: "debit", amount: "21.43" },
      { billId: b.id, transactionId: grouped.id, kind: "credit", amount: "15.00" },
      { billId: b.id, transactionId: debitB.id, kind: "reimbursement", amount: "15.00" },
    ]);
  });

  it("never over-allocate a debit that already carries reimbursements", () => {
    const b = ameli();
    const debit = care({ reimbursements: [{ billId: "other", amount: "17.50" }] });
    expect(pairs(match([b], [debit, cpam()]))).toEqual([]);
    const roomy = care({ id: "roomy", reimbursements: [{ billId: "other", amount: "7.50" }] });
    expect(pairs(match([b], [roomy, cpam()]))).toEqual([`${b.id}→roomy`]);
    // The bill's own earlier record is not counted twice: re-running is idempotent.
    const own = care({ id: "own", reimbursements: [{ billId: b.id, amount: "17.50" }] });
    expect(pairs(match([b], [own, cpam()]))).toEqual([`${b.id}→own`]);
  });

  it("never match third-party-payer bills (no bank movement), debit or credit", () => {
    const b = ameli({ isThirdPartyPayer: true });
    expect(match([b], [care(), cpam()])).toEqual([]);
  });

  it("combine several health bills paid by one debit", () => {
    const day = { originalDate: "2024-02-02", date: "2024-02-10" };
    const a = ameli({ ...day, originalAmount: "25.00", amount: "17.50" });
    const b = ameli({ ...day, originalAmount: "30.00", amount: "21.00" });
    const c = ameli({ ...day, originalAmount: "12.40", amount: "8.68" });
    const d = ameli({ ...day, originalAmount: "7.00", amount: "4.90" });
    const pharmacy = care({ id: "pharma", amount: "-49.40", date: "2024-02-03", label: "CB PHARMACIE DE LA GARE" });
    const links = match([a, b, c, d], [pharmacy]);
    // 30.00 + 12.40 + 7.00 = 49.40: three bills on one debit, each carrying its own part.
    expect(links).toEqual([
      { billId: b.id, transactionId: "pharma", kind: "debit", amount: "30.00" },
      { billId: c.id, transactionId: "pharma", kind: "debit", amount: "12.40" },
      { billId: d.id, transactionId: "pharma", kind: "debit", amount: "7.00" },
    ]);
  });

  it("combine, then link each combined bill's reimbursement within the debit's amount", () => {
    const day = { originalDate: "2024-02-02", date: "2024-02-10", groupAmount: "38.50" };
    const a = ameli({ ...day, originalAmount: "25.00", amount: "17.50" });
    const b = ameli({ ...day, originalAmount: "30.00", amount: "21.00" });
    const debit = care({ id: "d", amount: "-55.00", date: "2024-02-02" });
    const credit = cpam({ id: "c", amount: "38.50", date: "2024-02-11" });
    const links = match([a, b], [debit, credit]);
    expect(pairs(links)).toEqual([`${a.id}→d`, `${b.id}→d`]);
    expect(pairs(links, "credit")).toEqual([`${a.id}→c`, `${b.id}→c`]);
    expect(links.filter((l) => l.kind === "reimbursement").map((l) => l.amount)).toEqual(["17.50", "21.00"]);
  });

  it("does not combine ordinary vendors' bills", () => {
    const a = bill({ amount: "40.00" });
    const b = bill({ amount: "36.20" });
    expect(match([a, b], [tx()])).toEqual([]);
  });
});
