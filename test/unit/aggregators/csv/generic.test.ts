/**
 * The same fixtures WITHOUT presets: what detection alone makes of an export it has never seen (the hold-out
 * files are such exports). Where detection alone cannot know what a preset knows, the difference is pinned.
 */
import { describe, expect, it } from "vitest";
import { detectCsvProfile, parseCsv } from "@/lib/aggregators/file/csv";
import { listFixtures, readFixture } from "../../../helpers/fixtures";
import { amounts, sumOf } from "./helpers";

function parseGeneric(file: string) {
  const bytes = readFixture(`csv/${file}`);
  const detection = detectCsvProfile(bytes, { usePresets: false });
  expect(detection.preset).toBeNull();
  expect(detection.profile, `${file}: ${detection.issues.join(" ")}`).not.toBeNull();
  return { detection, statement: parseCsv(bytes, { csvProfile: detection.profile }).statements[0]! };
}

// What a preset knows that the content does not say.
const PRESET_ONLY: Record<string, string> = {
  "ofxstatement-austrian__livebank.csv": "zero-amount notice rows are kept as transactions without the preset",
};

describe("CSV detection without presets", () => {
  for (const file of listFixtures("csv")) {
    it(`${file}: same transactions as with its preset${PRESET_ONLY[file] ? " (except: " + PRESET_ONLY[file] + ")" : ""}`, () => {
      const withPreset = parseCsv(readFixture(`csv/${file}`)).statements[0]!;
      const { statement } = parseGeneric(file);
      if (PRESET_ONLY[file]) {
        expect(statement.transactions.length).toBeGreaterThan(withPreset.transactions.length);
        return;
      }
      expect(statement.transactions.map((t) => [t.date, t.amount.replace(/\.?0+$/, "")])).toEqual(withPreset.transactions.map((t) => [t.date, t.amount.replace(/\.?0+$/, "")]));
      expect(sumOf(amounts(statement))).toBe(sumOf(amounts(withPreset)));
    });
  }

  it("Swedbank without preset: D/K indicator found from its header, 'Turnover' total rows and balance rows not transactions", () => {
    const { detection, statement } = parseGeneric("bank2ynab__test_swedebank_statement.xls");
    expect(detection.profile!.amount).toEqual({ kind: "indicator", column: "Amount", indicatorColumn: "D/K", debitValues: ["D"] });
    expect(statement.transactions).toHaveLength(13);
    expect(statement.openingBalance?.amount).toBe("10374.04"); // the 'Opening balance' label row
    expect(statement.closingBalance?.amount).toBe("12952.97");
  });

  it("headerless exports: columns found by content (dates, signed amount vs running balance, debit/credit pair)", () => {
    expect(parseGeneric("reckon__danish_kroner_nordea_example.csv").detection.profile).toMatchObject({
      hasHeader: false, dateColumn: 0, valueDateColumn: 2, labelColumns: [1], amount: { kind: "signed", column: 3 }, balanceColumn: 4, decimalSeparator: ",",
    });
    expect(parseGeneric("reckon__nationwide.csv").detection.profile).toMatchObject({
      hasHeader: false, amount: { kind: "debitCredit", debit: 3, credit: 4 }, balanceColumn: 5, currency: "GBP", dateFormat: "dd mmm yyyy",
    });
    expect(parseGeneric("bank2ynab__kta_ei.dat").detection.profile).toMatchObject({ delimiter: "|", skipRows: 1, dateFormat: "yyyymmdd", currency: "EUR" });
  });

  it("headers in FR/DE/NL/HU/CS/PT map to the same roles", () => {
    expect(parseGeneric("reckon__invalid_header_example.csv").detection.profile).toMatchObject({
      skipRows: 3, dateColumn: "Date de l'opération", labelColumns: ["Libellé", "Détail de l'écriture"], amount: { kind: "signed", column: "Montant de l'opération" }, currencyColumn: "Devise",
    });
    expect(parseGeneric("bank2ynab__export_BE11123456789012_20180304_1422.csv").detection.profile).toMatchObject({ payeeColumn: "Naam tegenpartij", valueDateColumn: "Valuta" });
    expect(parseGeneric("ofxstatement-dutch__Knab_transactieoverzicht_ok.csv").detection.profile).toMatchObject({
      skipRows: 1, valueDateColumn: "Valutadatum", amount: { kind: "indicator", column: "Bedrag", indicatorColumn: "CreditDebet", debitValues: ["D"] },
    });
    expect(parseGeneric("ofxstatement-austrian__ing-diba.csv").detection.profile).toMatchObject({ amount: { kind: "debitCredit", debit: "Soll", credit: "Haben" } });
  });

  it("the NZ card's inverted signs are found by the heuristic, some_other's mixed CREDIT signs are not", () => {
    expect(parseGeneric("reckon__inversed_credit_card.csv").detection.profile!.invertSign).toBe(true);
    expect(parseGeneric("reckon__some_other.csv").detection.profile!.invertSign).toBe(false);
    expect(parseGeneric("bank2ynab__W80844_EBH_201945.202122.csv").detection.profile!.invertSign).toBe(false); // signed + inflow/outflow agree
  });
});
