import { describe, expect, it } from "vitest";
import { parseMatchInput } from "../../../lib/reconcile/input";

const billJson = { id: "b1", vendor: "EDF", amount: "76.20", currency: "EUR", date: "2024-01-10" };
const txJson = { id: "t1", date: "2024-01-12", amount: "-76.20", label: "EDF" };

describe("match input (the CLI's JSON)", () => {
  it("reads amounts given as strings or numbers, exactly, and ISO timestamps as days", () => {
    const input = parseMatchInput(
      [{ ...billJson, amount: 76.2, originalAmount: "1 234,50", matchingCriterias: { amountLowerDelta: 0.001, amountUpperDelta: "0.5", dateLowerDelta: "3", dateUpperDelta: null } }],
      [{ ...txJson, amount: -0.1, date: "2024-01-12T00:00:00Z", realisationDate: null, categoryId: 400610 }],
    );
    expect(input.bills[0]).toMatchObject({ amountMinor: 7620n, originalAmountMinor: 123450n, criteria: { amountLowerDeltaMinor: 0n, amountUpperDeltaMinor: 50n, dateLowerDeltaDays: 3, dateUpperDeltaDays: null, labelRegex: null } });
    expect(input.transactions[0]).toMatchObject({ amountMinor: -10n, date: "2024-01-12", realisationDate: null, categoryId: "400610", currency: "EUR", reimbursements: [] });
  });

  it("tolerates missing and null optional fields", () => {
    const input = parseMatchInput([{ id: "b", amount: "1", date: "2024-01-01", vendor: null, type: null, matchingCriterias: null, isRefund: null }], [{ id: "t", amount: "-1", date: "2024-01-01" }]);
    expect(input.bills[0]).toMatchObject({ vendor: null, currency: "EUR", isRefund: false, isThirdPartyPayer: false });
    expect(input.transactions[0]).toMatchObject({ label: "", categoryId: "0", accountType: null, rawLabel: null });
  });

  it("accepts Cozy's shapes: _id, io.cozy.bills: prefixes, { bills: [...] } wrappers", () => {
    const input = parseMatchInput({ bills: [{ ...billJson, id: undefined, _id: "cozy1" }] }, { transactions: [{ ...txJson, reimbursements: [{ billId: "io.cozy.bills:cozy1", amount: 5, operationId: "x" }] }] });
    expect(input.bills[0]!.id).toBe("cozy1");
    expect(input.transactions[0]!.reimbursements).toEqual([{ billId: "cozy1", amountMinor: 500n }]);
  });

  it("reads transactions in the bills' currency (the contract's transactions have none)", () => {
    const input = parseMatchInput([{ ...billJson, currency: "JPY", amount: "500" }], [{ ...txJson, amount: "-500" }]);
    expect(input.transactions[0]).toMatchObject({ currency: "JPY", amountMinor: -500n });
  });

  it("skips items that cannot be matched, with a warning", () => {
    const input = parseMatchInput([{ id: "nodate", amount: "1" }, { id: "noamount", date: "2024-01-01" }], [{ id: "t", date: "2024-01-01" }]);
    expect(input.bills).toEqual([]);
    expect(input.transactions).toEqual([]);
    expect(input.warnings).toHaveLength(3);
  });

  it.each([
    [[{ ...billJson, amount: "abc" }], [txJson], /bills\[0\]\.amount: "abc" is not an amount/],
    [[billJson], [{ ...txJson, date: "12/01/2024" }], /transactions\[0\]\.date/],
    [[{ ...billJson, amount: "1.234" }], [txJson], /bills\[0\]\.amount: .*more decimals/],
    [[{ ...billJson, matchingCriterias: { labelRegex: "edf(" } }], [txJson], /labelRegex: "edf\(" is not a valid regular expression/],
    [[{ ...billJson, currency: "EURO" }], [txJson], /bills\[0\]\.currency/],
    [[{ ...billJson, id: null }], [txJson], /bills\[0\]\.id: missing/],
    [[billJson, billJson], [txJson], /duplicate id "b1"/],
    [{ nope: 1 }, [txJson], /bills: expected a JSON array/],
    [[billJson], ["x"], /transactions\[0\]: expected an object/],
    [[billJson], [{ ...txJson, reimbursements: "no" }], /reimbursements: expected an array/],
  ])("rejects malformed input with the element named (%#)", (bills, txs, message) => {
    expect(() => parseMatchInput(bills, txs)).toThrow(message);
  });
});
