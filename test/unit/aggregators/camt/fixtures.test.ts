/**
 * Every camt fixture, checked against the facts /work/shared/fixtures/SOURCES.md gives for it
 * (counts, sums, balances, account ids, dates). Where a file is ambiguous the test pins our choice and says why.
 */
import { describe, expect, it } from "vitest";
import { camtAggregator } from "../../../../lib/aggregators/file/camt";
import { detectFormat } from "../../../../lib/aggregators/file";
import { listFixtures, readFixture } from "../../../helpers/fixtures";
import { sumAmounts } from "./sum";

const parse = (name: string) => camtAggregator.parse(readFixture(`camt/${name}`));

describe("camt fixtures", () => {
  it.each(listFixtures("camt"))("%s is detected as camt from its content", (name) => {
    const bytes = readFixture(`camt/${name}`);
    expect(camtAggregator.detect(bytes)).toBeGreaterThanOrEqual(0.9);
    expect(detectFormat(bytes)).toBe("camt");
  });

  it("davider80 (Raiffeisen CH, camt.053.001.04, no TxDtls): 16 entries, CHF, reconciles", () => {
    const result = parse("ofxstatement-iso20022__davider80.xml");
    expect(result.statements).toHaveLength(1);
    const [statement] = result.statements;
    expect(statement?.transactions).toHaveLength(16);
    // IBANs are compared case-insensitively by banks; we keep the canonical upper-case form (written "CHxxx…" here).
    expect(statement?.account).toMatchObject({ iban: "CHXXXXXXXXXXXXXXXXXXX", currency: "CHF" });
    expect(statement?.openingBalance).toEqual({ amount: "9433.31", date: "2017-04-01" });
    expect(statement?.closingBalance).toEqual({ amount: "5753.46", date: "2017-04-11" });
    expect(sumAmounts(statement?.transactions ?? [])).toBe("-3679.85");
    const first = statement?.transactions[0];
    expect(first).toMatchObject({ amount: "-905.30", currency: "CHF", date: "2017-04-01", valueDate: "2017-04-03", pending: false });
    expect(first?.label).toMatch(/^Sistema di addebitamento diretto/);
    const dates = statement?.transactions.map((t) => t.date) ?? [];
    expect([...dates].sort()[0]).toBe("2017-04-01");
    expect([...dates].sort().at(-1)).toBe("2017-04-11");
    expect(result.warnings).toEqual([]);
  });

  it("gcamp6 (PostFinance, XXX currency): 5 entries summing +13010.00; the unreconciled balances give a warning", () => {
    const result = parse("ofxstatement-iso20022__gcamp6.xml");
    const [statement] = result.statements;
    expect(statement?.transactions).toHaveLength(5);
    expect(sumAmounts(statement?.transactions ?? [])).toBe("13010.00");
    expect(statement?.account.iban).toBe("CH2609000000924238861");
    expect(statement?.openingBalance?.amount).toBe("0.00");
    expect(statement?.closingBalance?.amount).toBe("10000.00");
    expect(statement?.transactions[0]).toMatchObject({ amount: "10000.00", label: "Account Transfer", date: "2016-04-23" });
    // Our choice: "XXX" is ISO's "no currency" (here: anonymised), so the currency is unknown, not "XXX".
    expect(statement?.account.currency).toBeNull();
    expect(statement?.transactions[0]?.currency).toBeNull();
    expect(result.warnings.map((w) => w.message).join("\n")).toMatch(/XXX/);
    expect(result.warnings.map((w) => w.message).join("\n")).toMatch(/difference -3010/);
  });

  it("gcamp6 takes the account's currency when the caller gives one", () => {
    const result = camtAggregator.parse(readFixture("camt/ofxstatement-iso20022__gcamp6.xml"), { defaultCurrency: "CHF" });
    expect(result.statements[0]?.account.currency).toBe("CHF");
    expect(result.statements[0]?.transactions[0]?.currency).toBe("CHF");
  });

  it("simple (DNB LT, UTF-8 Lithuanian): 4 entries, 306.53 → 125.52 EUR, reconciles", () => {
    const result = parse("ofxstatement-iso20022__simple.xml");
    const [statement] = result.statements;
    expect(statement?.transactions).toHaveLength(4);
    expect(statement?.account).toMatchObject({ iban: "LT000000000000000000", bankId: "AGBLLT2XXXX", currency: "EUR" });
    expect(statement?.openingBalance).toEqual({ amount: "306.53", date: "2015-12-01" });
    expect(statement?.closingBalance).toEqual({ amount: "125.52", date: "2015-12-31" });
    expect(sumAmounts(statement?.transactions ?? [])).toBe("-181.01");
    expect(statement?.transactions[0]).toMatchObject({ amount: "-0.29", label: "Sąskaitos aptarnavimo mokestis", date: "2015-12-31" });
    expect(result.warnings).toEqual([]);
  });

  it("camt052 (Sparkasse report, Rpt): 5 entries, PRCD 268.35 → CLBD 16.95, memo BELASTUNG, NONREF is no id", () => {
    const result = parse("ofxstatement-iso20022__camt052.xml");
    const [statement] = result.statements;
    expect(statement?.transactions).toHaveLength(5);
    expect(statement?.openingBalance).toEqual({ amount: "268.35", date: "2021-02-04" });
    expect(statement?.closingBalance).toEqual({ amount: "16.95", date: "2021-02-05" });
    expect(sumAmounts(statement?.transactions ?? [])).toBe("-251.40");
    const dates = (statement?.transactions ?? []).map((t) => t.date).sort();
    expect([dates[0], dates.at(-1)]).toEqual(["2021-02-05", "2021-02-05"]); // all booked on the report day
    const first = statement?.transactions[0];
    expect(first).toMatchObject({ amount: "-30.00", memo: "BELASTUNG", label: "Something", payee: "SPARKASSE PFORZHEIM CALW" });
    // AcctSvcrRef is "NONREF": the proprietary reference of the TxDtls identifies the booking instead.
    expect(first?.externalId).toBe("2021-02-04-21.47.34.635624");
    expect(result.warnings).toEqual([]);
  });

  it("Hypo Vereinsbank camt.052.001.08 (one line, no XML declaration, <Sts><Cd>, <Pty><Nm>)", () => {
    const result = parse("libfintx__Camt052_Hypo_Vereinsbank.txt");
    const [statement] = result.statements;
    expect(statement?.account).toMatchObject({ iban: "DE68750200730123456789", currency: "EUR", bankId: "HYVEDEMM447" });
    expect(statement?.openingBalance?.amount).toBe("828.77");
    // CLBD and CLAV are both 797.33; the booked one is reported (no "available" warning).
    expect(statement?.closingBalance).toEqual({ amount: "797.33", date: "2022-08-15" });
    expect(statement?.transactions).toHaveLength(1);
    expect(statement?.transactions[0]).toMatchObject({
      amount: "-31.44", date: "2022-08-15", pending: false, externalId: "0935890014004836", payee: "Cindy + Michael Lind GbR",
    });
    expect(statement?.transactions[0]?.label).toContain("POS-Kartenzahlung");
    expect(result.warnings).toEqual([]);
  });

  it("multi.statement: two Stmt for one account, each reconciling", () => {
    const result = parse("camt__camt053.v2.multi.statement.xml");
    expect(result.statements).toHaveLength(2);
    const [first, second] = result.statements;
    expect(first?.account.iban).toBe("NL26VAYB8060476890");
    expect(second?.account.iban).toBe("NL26VAYB8060476890");
    expect([first?.openingBalance?.amount, first?.transactions[0]?.amount, first?.closingBalance?.amount]).toEqual(["18.15", "8.85", "27.00"]);
    expect([second?.openingBalance?.amount, second?.transactions[0]?.amount, second?.closingBalance?.amount]).toEqual(["27.00", "-7.00", "20.00"]);
    expect(result.warnings).toEqual([]);
  });

  it("all-balance-types: booked balances are picked (OPBD 1.01, CLBD 4.04); a non-IBAN Othr/Id is the account", () => {
    const result = parse("camt__camt053.v2.all-balance-types.xml");
    const [statement] = result.statements;
    expect(statement?.account).toMatchObject({ externalId: "CH2801234000123456789", iban: null, number: "CH2801234000123456789", currency: "EUR" });
    expect(statement?.openingBalance).toEqual({ amount: "1.01", date: "2015-01-21" });
    expect(statement?.closingBalance).toEqual({ amount: "4.04", date: "2015-01-22" });
    expect(statement?.transactions).toHaveLength(1);
    expect(statement?.transactions[0]?.amount).toBe("8.85"); // written "8.850"
    expect(result.warnings.some((w) => /do not reconcile/.test(w.message))).toBe(true);
  });

  it("camt054 notification: the batch whose TxDtls (CHF) do not add up to the entry (SEK) stays one transaction", () => {
    const result = parse("camt__camt054.v4.xml");
    const [statement] = result.statements;
    expect(statement?.account.iban).toBe("CH2801234000123456789");
    expect(statement?.openingBalance).toBeNull();
    expect(statement?.closingBalance).toBeNull();
    // Our choice: splitting would book 9.50 CHF of credits for a 200000 SEK debit; the entry amount is what hit the account.
    expect(statement?.transactions).toHaveLength(1);
    expect(statement?.transactions[0]).toMatchObject({ amount: "-200000.00", currency: "SEK", externalId: "ACSR160617103200001", label: "Order" });
    expect(result.warnings.some((w) => w.element === "BkToCstmrDbtCdtNtfctn/Ntfctn[1]/Ntry[1]" && /kept as one/.test(w.message))).toBe(true);
  });

  it("OCA test-camt053 (no extension, no XML declaration): 3 entries → 4 transactions, the batch split by TxDtls", () => {
    const result = parse("bank-statement-import__test-camt053");
    const [statement] = result.statements;
    expect(statement?.account).toMatchObject({ iban: "NL77ABNA0574908765", bankId: "ABNANL2A", currency: "EUR" });
    expect(statement?.transactions.map((t) => t.amount)).toEqual(["-754.25", "-564.05", "-100.00", "1405.31"]);
    expect(statement?.openingBalance).toEqual({ amount: "15568.27", date: "2014-01-05" });
    expect(statement?.closingBalance).toEqual({ amount: "15121.12", date: "2014-01-05" });
    expect(sumAmounts(statement?.transactions ?? [])).toBe("-12.99");
    const ids = statement?.transactions.map((t) => t.externalId) ?? [];
    expect(new Set(ids).size).toBe(4);
    expect(ids[1]).toBe("TESTBANK/NL/20141229/01206408");
    expect(statement?.transactions[3]?.payee).toBe("3rd party Media");
    expect(result.warnings.some((w) => /difference -434.16/.test(w.message))).toBe(true);
  });

  it("re-parsing gives the same external ids (stable across imports)", () => {
    for (const name of listFixtures("camt")) {
      const ids = (bytes: Uint8Array) => camtAggregator.parse(bytes).statements.flatMap((s) => s.transactions.map((t) => t.externalId));
      expect(ids(readFixture(`camt/${name}`))).toEqual(ids(readFixture(`camt/${name}`)));
    }
  });
});
