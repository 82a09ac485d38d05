import { describe, expect, it } from "vitest";
import { applyMapping, columnIndex, mappingFromProfile, profileFromMapping, type Mapping } from "../../../app/(app)/import/live-preview";
import { parseCsvProfile } from "../../../lib/aggregators/file/csv";

const base: Mapping = {
  dateColumn: 0, dateFormat: "dd/mm/yyyy", labelColumns: [1, 2], amountKind: "signed", amountColumn: 3, debitColumn: 3, creditColumn: 4,
  decimalSeparator: ",", invertSign: false, currency: "",
};

describe("mapping screen live preview", () => {
  const rows = [
    ["05/01/2024", "CB CARREFOUR", "Paris", "-42,34", ""],
    ["31/01/2024", "VIR SALAIRE", "", "1.234,56", ""],
    ["30/02/2024", "BAD DATE", "", "abc", ""],
  ];

  it("reads dates, signed amounts and joined labels like the parser", () => {
    expect(applyMapping(rows, base)).toEqual([
      { date: "2024-01-05", amount: "-42.34", label: "CB CARREFOUR Paris" },
      { date: "2024-01-31", amount: "1234.56", label: "VIR SALAIRE" },
      { date: null, amount: null, label: "BAD DATE" },
    ]);
  });

  it("makes debits negative whatever their written sign, and inverts card signs when asked", () => {
    const split = [["05/01/2024", "A", "", "12,00", ""], ["06/01/2024", "B", "", "-3,00", ""], ["07/01/2024", "C", "", "", "50,00"]];
    const mapping = { ...base, amountKind: "debitCredit" as const };
    expect(applyMapping(split, mapping).map((r) => r.amount)).toEqual(["-12.00", "-3.00", "50.00"]);
    expect(applyMapping(split, { ...mapping, invertSign: true }).map((r) => r.amount)).toEqual(["12.00", "3.00", "-50.00"]);
  });

  it("round-trips a profile through the editor into one the parser accepts", () => {
    const headers = ["Date", "Label", "Where", "Amount"];
    const detected = { name: "Detected", dateColumn: "Date", dateFormat: "dd/mm/yyyy", labelColumns: ["Label"], amount: { kind: "signed", column: "amount" }, decimalSeparator: ",", hasHeader: true, balanceColumn: "Balance" };
    expect(columnIndex("AMOUNT", headers)).toBe(3);
    const mapping = mappingFromProfile(detected, headers);
    expect([mapping.dateColumn, mapping.labelColumns, mapping.amountColumn, mapping.decimalSeparator]).toEqual([0, [1], 3, ","]);
    const profile = profileFromMapping(detected, { ...mapping, currency: "chf" }, { encoding: "utf-8", delimiter: ";", skipRows: 2, hasHeader: true });
    const parsed = parseCsvProfile(profile);
    expect([parsed.currency, parsed.delimiter, parsed.skipRows, parsed.balanceColumn, parsed.amount]).toEqual(["CHF", ";", 2, "Balance", { kind: "signed", column: 3 }]);
  });
});
