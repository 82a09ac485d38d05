/**
 * Every bank and card OFX fixture of ../shared/fixtures/ofx parsed against the facts its SOURCES.md gives.
 * Where the file is ambiguous, the expectation pins our choice and says why.
 */
import { describe, expect, it } from "vitest";
import { ofxAggregator } from "../../../../lib/aggregators/file/ofx";
import { isIsoDay } from "../../../../lib/dates";
import { CANONICAL_AMOUNT, parseFixture, sumAmounts, transactionCount, warningText } from "./helpers";

const parse = (name: string) => parseFixture(ofxAggregator, `ofx/${name}`);

describe("OFX bank and card fixtures", () => {
  it("suncorp: XML v2 with CDATA names, AUD checking", () => {
    const result = parse("ofxparse__suncorp.ofx");
    expect(result.format).toBe("ofx");
    expect(result.statements).toHaveLength(1);
    const [s] = result.statements;
    expect(s?.account).toMatchObject({ bankId: "SUNCORP", externalId: "123456789", number: "123456789", type: "checking", currency: "AUD" });
    expect(s?.transactions).toHaveLength(1);
    // CDATA is kept verbatim except the padding spaces, which we trim like every leaf value.
    expect(s?.transactions[0]).toMatchObject({ amount: "-16.85", date: "2013-12-15", label: "EFTPOS WDL HANDYWAY ALDI STORE", externalId: "1", payee: null });
    // CHECKNUM 0 on a card payment is a placeholder, not a check: null.
    expect(s?.transactions[0]?.checkNumber).toBeNull();
    expect(s?.closingBalance).toEqual({ amount: "1234.12", date: "2013-12-15" });
  });

  it("anzcc: XML header over SGML leaves, credit card, AVAILBAL ignored", () => {
    const [s] = parse("ofxparse__anzcc.ofx").statements;
    expect(s?.account).toMatchObject({ externalId: "1234123412341234", type: "card", currency: "AUD" });
    // No NAME: the MEMO becomes the label (and memo is null so it is not doubled).
    expect(s?.transactions).toEqual([expect.objectContaining({ amount: "-5.50", label: "SOME MEMO", memo: null, date: "2017-05-08", externalId: "201705080001" })]);
    expect(s?.closingBalance).toEqual({ amount: "-123.45", date: "2017-05-10" });
  });

  it("bank_medium: several aggregates per line, account id with a space, CAD", () => {
    const result = parse("ofxparse__bank_medium.ofx");
    const [s] = result.statements;
    expect(s?.account).toMatchObject({ externalId: "12300 000012345678", bankId: "160000100", type: "checking", currency: "CAD" });
    expect(s?.transactions.map((t) => t.amount)).toEqual(["-6.60", "-316.67", "-22.00"]);
    expect(sumAmounts(result.statements)).toBe("-345.27");
    expect(s?.transactions[0]?.label).toBe("MCDONALD'S #112");
    // The CHECK line carries CHECKNUM 0: pinned to null (a zero check number identifies nothing).
    expect(s?.transactions[1]?.checkNumber).toBeNull();
    expect(s?.closingBalance).toEqual({ amount: "382.34", date: "2009-05-23" });
  });

  it("ofx-v102-empty-tags: blank lines before the header, empty elements everywhere", () => {
    const result = parse("ofxparse__ofx-v102-empty-tags.ofx");
    const [s] = result.statements;
    // Empty ACCTTYPE: the type is unknown, "other" (never guessed as checking); empty CURDEF: currency null.
    expect(s?.account).toMatchObject({ externalId: "12345678", bankId: "NPBS", type: "other", currency: null });
    expect(s?.transactions).toHaveLength(1);
    // Empty FITID → externalId null; the line's own CURRENCY (CURSYM AUD) gives its currency.
    expect(s?.transactions[0]).toMatchObject({ amount: "12.34", date: "2018-05-07", externalId: null, currency: "AUD", label: "CBA:Transfer" });
    // Non-standard CATEGORY "Uncategorised" is no category.
    expect(s?.transactions[0]?.bankCategory).toBeUndefined();
    expect(s?.closingBalance).toBeNull();
    expect(warningText(result)).toMatch(/LEDGERBAL has no amount/);
  });

  it("multiple_accounts2: two statements in one XML file, no transactions", () => {
    const { statements } = parse("ofxparse__multiple_accounts2.ofx");
    expect(statements.map((s) => [s.account.externalId, s.account.type, s.account.bankId, s.closingBalance?.amount, s.account.currency])).toEqual([
      ["9100", "checking", "123", "111.00", "USD"],
      ["9200", "savings", "123", "222.00", "USD"],
    ]);
    expect(transactionCount(statements)).toBe(0);
  });

  it("br_nubank_cc: card, [-3:GMT] zones kept as the bank's day, missing </BANKTRANLIST> repaired", () => {
    const result = parse("ofxtools__br_nubank_cc.ofx");
    const [s] = result.statements;
    expect(s?.account).toMatchObject({ externalId: "11111111-UUID-UUID-UUID-111111111111", type: "card", currency: "BRL" });
    expect(s?.transactions).toHaveLength(6);
    expect(s?.transactions.every((t) => t.amount.startsWith("-"))).toBe(true);
    expect(sumAmounts(result.statements)).toBe("-1280.91");
    expect(s?.transactions[0]?.date).toBe("2024-03-23");
    // The file never closes BANKTRANLIST, so LEDGERBAL sits inside it; we still find it, and say so.
    expect(s?.closingBalance).toEqual({ amount: "-1280.91", date: "2024-03-25" });
    expect(warningText(result)).toMatch(/closed implicitly/);
  });

  it("stmtrs_euro: decimal commas in TRNAMT and BALAMT, 12-digit DTASOF", () => {
    const [s] = parse("ofxtools__stmtrs_euro.ofx").statements;
    expect(s?.account).toMatchObject({ externalId: "999988", bankId: "121099999", type: "checking", currency: "USD" });
    expect(s?.transactions.map((t) => [t.amount, t.checkNumber, t.label])).toEqual([
      ["-200.00", "1000", "CHECK"],
      ["-300.00", null, "ATM"],
    ]);
    expect(s?.closingBalance).toEqual({ amount: "200.29", date: "2005-10-29" });
  });

  it("accented_characters_latin1: USASCII/1252 header, raw 0xE0 byte decoded as windows-1252", () => {
    const result = parse("ledger-autosync__accented_characters_latin1.ofx");
    expect(result.encoding).toBe("windows-1252");
    const [s] = result.statements;
    expect(s?.account).toMatchObject({ externalId: "1452687~7", type: "checking", currency: "USD" });
    expect(s?.transactions).toEqual([expect.objectContaining({ amount: "-58.73", label: "Virement Interac à: Jean" })]);
    expect(s?.closingBalance?.amount).toBe("100.99");
  });

  it("amex: no header, closing tags in the wrong places (tag soup)", () => {
    const result = parse("beancount-import__amex.ofx");
    const [s] = result.statements;
    expect(s?.account).toMatchObject({ externalId: "379700001111222", type: "card", currency: "USD" });
    expect(s?.transactions).toHaveLength(3);
    expect(sumAmounts(result.statements)).toBe("-190.75");
    expect(s?.transactions[0]).toMatchObject({ label: "PRUNE               NEW YORK", memo: "7101466     RESTAURANT", externalId: "320133280255184014", date: "2013-11-24" });
    expect(s?.closingBalance?.amount).toBe("-2356.38");
    expect(warningText(result)).toMatch(/end tag\(s\) with no matching open element/);
  });

  it("ofxdata-bb-two-stmtrs: two STMTRS in one wrapper, CP1252 text", () => {
    const result = parse("ofxparser__ofxdata-bb-two-stmtrs.ofx");
    expect(result.encoding).toBe("windows-1252");
    expect(result.statements.map((s) => [s.account.externalId, s.account.bankId, s.closingBalance?.amount, s.account.currency])).toEqual([
      ["455000-5", "001", "0.00", "BRL"],
      ["655000-2", "001", "4555.28", "BRL"],
    ]);
    expect(transactionCount(result.statements)).toBe(36);
    expect(sumAmounts(result.statements)).toBe("-3648.66");
    expect(result.statements[1]?.transactions[0]?.label).toBe("TED-CRÉDITO EM CONTA");
  });

  it("ofxdata-bb: header says 1252 but the bytes are UTF-8 — the bytes win, with a warning", () => {
    const result = parse("ofxparser__ofxdata-bb.ofx");
    expect(result.encoding).toBe("utf-8");
    expect(warningText(result)).toMatch(/header declares windows-1252/);
    const [s] = result.statements;
    expect(s?.account).toMatchObject({ externalId: "455000-5", bankId: "001", currency: "BRL" });
    expect(s?.transactions).toEqual([expect.objectContaining({ amount: "239.55", label: "DOC CRÉDITO EM CONTA" })]);
    expect(s?.closingBalance?.amount).toBe("239.35");
  });

  it("ofxdata-cmfr: Crédit Mutuel, 42 lines in June 2016, EUR", () => {
    const result = parse("ofxparser__ofxdata-cmfr.ofx");
    const [s] = result.statements;
    expect(s?.account).toMatchObject({ externalId: "XXXXXXXXXX", currency: "EUR" });
    expect(s?.transactions).toHaveLength(42);
    expect(sumAmounts(result.statements)).toBe("-13491.59");
    const dates = s?.transactions.map((t) => t.date).sort() ?? [];
    expect([dates[0], dates[dates.length - 1]]).toEqual(["2016-06-01", "2016-06-27"]);
    expect(s?.closingBalance?.amount).toBe("10000.00");
  });

  it("ofxdata-selfclose: empty BALAMT, [-03:EST] zones, CHECKNUM equal to FITID", () => {
    const result = parse("ofxparser__ofxdata-selfclose.ofx");
    const [s] = result.statements;
    expect(s?.account).toMatchObject({ externalId: "3037198326", bankId: "0341", type: "checking", currency: "BRL" });
    expect(s?.transactions).toHaveLength(5);
    expect(sumAmounts(result.statements)).toBe("585.00");
    expect(s?.transactions[0]).toMatchObject({ date: "2019-09-18", externalId: "20190918001", checkNumber: "20190918001" });
    expect(s?.closingBalance).toBeNull();
    expect(warningText(result)).toMatch(/LEDGERBAL has no amount/);
  });

  it("ofxdata-memoWithAmpersand: raw & and quotes in MEMO, card", () => {
    const [s] = parse("ofxparser__ofxdata-memoWithAmpersand.ofx").statements;
    expect(s?.account).toMatchObject({ externalId: "99999999-9999-9999-9999-999999999999", type: "card", currency: "BRL" });
    expect(s?.transactions).toHaveLength(16);
    expect(sumAmounts([s!])).toBe("393.82");
    expect(s?.transactions.some((t) => t.label.includes("Amazon & Cloud"))).toBe(true);
    expect(s?.transactions.some((t) => t.label.includes('"Leupay.Eu" & Whoelse'))).toBe(true);
    expect(s?.closingBalance?.amount).toBe("-734.05");
  });

  it("ofx-multiple-accounts-xml: three statements, GBP", () => {
    const { statements } = parse("ofxparser__ofx-multiple-accounts-xml.ofx");
    expect(statements.map((s) => [s.account.externalId, s.account.type, s.closingBalance?.amount])).toEqual([
      ["54658222458596", "checking", "43.01"],
      ["546582659855", "checking", "3000.25"],
      ["21252344525548", "savings", "11728.56"],
    ]);
    expect(transactionCount(statements)).toBe(3);
    expect(sumAmounts(statements)).toBe("514.72");
    expect(statements.every((s) => s.account.currency === "GBP")).toBe(true);
  });

  it("ofxdata-emptyDateTime: no BANKACCTFROM, no balance", () => {
    const result = parse("ofxparser__ofxdata-emptyDateTime.ofx");
    const [s] = result.statements;
    expect(s?.account).toMatchObject({ externalId: null, number: null, currency: "AUD", type: "other" });
    expect(s?.transactions.map((t) => t.amount)).toEqual(["337.50", "150.00"]);
    expect(s?.closingBalance).toBeNull();
    expect(warningText(result)).toMatch(/No account id/);
  });

  it("every transaction of every bank fixture has a canonical amount and an ISO day", () => {
    const names = ["ofxparse__suncorp.ofx", "ofxparser__ofxdata-cmfr.ofx", "ofxparser__ofxdata-bb-two-stmtrs.ofx", "ofxtools__stmtrs_euro.ofx", "beancount-import__amex.ofx"];
    for (const name of names) {
      for (const s of parse(name).statements) {
        for (const t of s.transactions) {
          expect(t.amount).toMatch(CANONICAL_AMOUNT);
          expect(isIsoDay(t.date)).toBe(true);
          expect(t.pending).toBe(false);
        }
      }
    }
  });
});
