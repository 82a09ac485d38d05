/** Every QIF fixture of ../shared/fixtures/qif against the facts its SOURCES.md gives; choices pinned. */
import { describe, expect, it } from "vitest";
import { qifAggregator } from "../../../../lib/aggregators/file/qif";
import { listFixtures } from "../../../helpers/fixtures";
import { CANONICAL_AMOUNT, parseFixture, sumAmounts, warningText } from "../ofx/helpers";

const parse = (name: string) => parseFixture(qifAggregator, `qif/${name}`);
const rows = (name: string) => parse(name).statements.flatMap((s) => s.transactions.map((t) => [t.date, t.amount, t.label]));

describe("QIF fixtures", () => {
  it("3_records_mmddyy: CRLF, month/day settled by 12/29/10", () => {
    const result = parse("Qif__3_records_mmddyy.qif");
    expect(rows("Qif__3_records_mmddyy.qif")).toEqual([
      ["2010-01-01", "-10.00", "Description"],
      ["2010-06-01", "-20.00", "Description"],
      ["2010-12-29", "30.00", "Description"],
    ]);
    const [t] = result.statements[0]?.transactions ?? [];
    // P is the payee and the label; M the memo; L the bank's category; QIF has no transaction id.
    expect(t).toMatchObject({ payee: "Description", memo: "Reference", bankCategory: "Debit", externalId: null, checkNumber: null });
    expect(result.statements[0]?.account).toMatchObject({ type: "checking", name: null, externalId: null, currency: null });
  });

  it("test_qif_dmy: day/month settled by 15/8/13, thousands separator", () => {
    const result = parse("bank-statement-import__test_qif_dmy.qif");
    expect(rows("bank-statement-import__test_qif_dmy.qif")[0]).toEqual(["2013-08-12", "-1000.00", "Delta PC"]);
    expect(result.statements[0]?.transactions.map((t) => t.date)).toEqual(["2013-08-12", "2013-08-15", "2013-03-03", "2013-03-04", "2013-03-03"]);
    expect(result.statements[0]?.transactions.every((t) => t.amount.startsWith("-"))).toBe(true);
    expect(sumAmounts(result.statements)).toBe("-1896.09");
  });

  it("normalTransactions: split kept as its total, space-padded dates, check number", () => {
    const result = parse("qif2json__normalTransactions.qif");
    expect(rows("qif2json__normalTransactions.qif")).toEqual([
      ["1994-06-01", "-1000.00", "Bank Of Mortgage"],
      ["1994-06-02", "75.00", "Deposit"],
      ["1994-06-03", "-10.00", "JoBob Biggs"],
    ]);
    const [mortgage, , jobob] = result.statements[0]?.transactions ?? [];
    expect(mortgage?.checkNumber).toBe("1005");
    // L[linda] is a transfer to another account, not a category.
    expect(mortgage?.bankCategory).toBeUndefined();
    expect(jobob).toMatchObject({ memo: "J.B. gets bucks", bankCategory: "Entertain" });
    expect(warningText(result)).toMatch(/1 split transaction\(s\)/);
  });

  it("utf8 (with BOM) and windows-1252: same payee with £ ™ €, last record without ^", () => {
    for (const [name, encoding] of [["qif2json__utf8.qif", "utf-8"], ["qif2json__windows-1252.qif", "windows-1252"]] as const) {
      const result = parse(name);
      expect(result.encoding).toBe(encoding);
      expect(result.statements[0]?.transactions).toEqual([expect.objectContaining({ date: "2010-03-03", amount: "-379.00", payee: "SOME £$™€ CHARACTERS" })]);
    }
  });

  it("qifparse file: !Account blocks, cash account with splits, investment actions without cash, lists skipped", () => {
    const result = parse("qifparse__file.qif");
    const [cash, invest] = result.statements;
    expect(result.statements).toHaveLength(2);
    expect(cash?.account).toMatchObject({ name: "My Cash", type: "cash" });
    // 23/10/2013 settles day/month for the whole file.
    expect(cash?.transactions.map((t) => [t.date, t.amount])).toEqual([["2013-10-23", "-6.50"], ["2013-10-11", "31.00"], ["2013-10-11", "-48.00"]]);
    expect(invest?.account).toMatchObject({ name: "My Cc", type: "investment" });
    // ShrsIn moves shares, BuyX pays from another account: no cash in or out of this one.
    expect(invest?.transactions).toEqual([]);
    const warnings = warningText(result);
    expect(warnings).toMatch(/ShrsIn: 1 record/);
    expect(warnings).toMatch(/BuyX: 1 record/);
    expect(warnings).toMatch(/!Type:Memorized: 2 item/);
    expect(warnings).toMatch(/!Type:Class: 1 item/);
    expect(warnings).toMatch(/!Type:Cat: 2 item/);
  });

  it("test_circular_reference: German export, m/d/y dates, dates inside memos ignored", () => {
    expect(rows("quiffen__test_circular_reference.qif")).toEqual([
      ["2021-08-27", "-9.00", "ANDREAS APOTHEKE"],
      ["2021-08-27", "-5.59", "BROTHAUS GMBH"],
    ]);
    expect(parse("quiffen__test_circular_reference.qif").statements[0]?.transactions[0]?.bankCategory).toBe("Eigene Kategorien:Einkauf");
  });

  it("test_split: D1/ 1'00 is 2000-01-01, U and T agree", () => {
    const result = parse("quiffen__test_split.qif");
    expect(rows("quiffen__test_split.qif")).toEqual([["2000-01-01", "-10.00", "A Payee"]]);
    // L--Split-- is the split marker, not a category.
    expect(result.statements[0]?.transactions[0]?.bankCategory).toBeUndefined();
  });

  it("test_unknown_account_type: comments, AutoSwitch list, 'Port' account, Cash record without amount", () => {
    const result = parse("quiffen__test_unknown_account_type.qif");
    expect(result.statements).toHaveLength(1);
    expect(result.statements[0]?.account).toMatchObject({ name: "Portfolio Account", type: "investment" });
    expect(result.statements[0]?.transactions).toEqual([]);
    expect(result.warnings).toEqual(expect.arrayContaining([
      expect.objectContaining({ line: 23, message: expect.stringMatching(/No amount/) }),
      expect.objectContaining({ line: 1, message: expect.stringMatching(/10 line\(s\) starting with "#"/) }),
    ]));
  });

  it("every fixture gives canonical amounts and ISO days", () => {
    const names = listFixtures("qif");
    expect(names).toHaveLength(9);
    for (const name of names) {
      for (const s of parse(name).statements) for (const t of s.transactions) {
        expect(t.amount).toMatch(CANONICAL_AMOUNT);
        expect(t.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });
});
