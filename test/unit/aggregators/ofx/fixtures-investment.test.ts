/**
 * Investment and account-list OFX fixtures: cash lines (INVBANKTRAN) imported, trades and positions reported
 * as warnings with their counts, account lists read as accounts with no transactions.
 */
import { describe, expect, it } from "vitest";
import { ofxAggregator } from "../../../../lib/aggregators/file/ofx";
import { parseFixture, sumAmounts, transactionCount, warningText } from "./helpers";

const parse = (name: string) => parseFixture(ofxAggregator, `ofx/${name}`);

describe("OFX investment fixtures", () => {
  it("fidelity: one-line SGML body; 3 cash lines imported, 14 trades/income and 6 positions reported", () => {
    const result = parse("ofxparse__fidelity.ofx");
    expect(result.statements).toHaveLength(1);
    const [s] = result.statements;
    expect(s?.account).toMatchObject({ externalId: "01234567890", bankId: "fidelity.com", type: "investment", currency: "USD" });
    expect(s?.transactions).toHaveLength(3);
    const warnings = warningText(result);
    expect(warnings).toMatch(/8 BUYSTOCK, 4 INCOME, 2 SELLSTOCK/);
    expect(warnings).toMatch(/6 position\(s\)/);
    expect(warnings).toMatch(/AVAILCASH 18073\.98/);
    // AVAILCASH is not the closing balance of the imported cash lines: trades moved cash too.
    expect(s?.closingBalance).toBeNull();
  });

  it("fidelity_fee: INVBANKTRAN rows sum to -0.57; SELLSTOCK and SELLOPT reported", () => {
    const result = parse("ledger-autosync__fidelity_fee.ofx");
    const [s] = result.statements;
    expect(s?.account.externalId).toBe("01234567890");
    expect(s?.transactions).toHaveLength(3);
    expect(sumAmounts(result.statements)).toBe("-0.57");
    expect(s?.transactions.some((t) => t.label.includes("LATE SETTLEMENT FEE"))).toBe(true);
    expect(warningText(result)).toMatch(/1 SELLSTOCK, 1 SELLOPT/);
    expect(warningText(result)).toMatch(/6 position\(s\)/);
  });

  it("tiaacref: account id with spaces, 1 TRANSFER and 6 positions reported", () => {
    const result = parse("ofxparse__tiaacref.ofx");
    const [s] = result.statements;
    expect(s?.account).toMatchObject({ externalId: "111A1111 22B222 33C333", currency: "USD", type: "investment" });
    expect(transactionCount(result.statements)).toBe(0);
    expect(warningText(result)).toMatch(/1 TRANSFER/);
    expect(warningText(result)).toMatch(/6 position\(s\)/);
  });

  it("td_ameritrade: empty transaction list, 2 positions, AVAILCASH 0", () => {
    const result = parse("ofxparse__td_ameritrade.ofx");
    expect(result.statements[0]?.account.externalId).toBe("121212121");
    expect(transactionCount(result.statements)).toBe(0);
    expect(warningText(result)).toMatch(/2 position\(s\)/);
    expect(warningText(result)).toMatch(/AVAILCASH 0 /);
  });

  it("vanguard401k: 4 BUYMF + 1 TRANSFER reported, 1 position", () => {
    const result = parse("ofxparse__vanguard401k.ofx");
    expect(result.statements[0]?.account).toMatchObject({ externalId: "0123456", currency: "USD" });
    expect(transactionCount(result.statements)).toBe(0);
    expect(warningText(result)).toMatch(/4 BUYMF, 1 TRANSFER/);
    expect(warningText(result)).toMatch(/1 position\(s\)/);
  });

  it("cusip: zero-padded signed amounts; BUYMF and INCOME reported, 1 position", () => {
    const result = parse("ledger-autosync__cusip.ofx");
    expect(result.statements[0]?.account).toMatchObject({ externalId: "123456789", currency: "USD" });
    expect(warningText(result)).toMatch(/1 BUYMF, 1 INCOME/);
    expect(warningText(result)).toMatch(/1 position\(s\)/);
  });

  it("fidelity-ira: one account although INVACCTFROM repeats in every position", () => {
    const result = parse("beancount-import__fidelity-ira.ofx");
    expect(result.statements).toHaveLength(1);
    expect(result.statements[0]?.account).toMatchObject({ externalId: "313379972", currency: "USD" });
    expect(warningText(result)).toMatch(/5 SELLOPT, 4 TRANSFER, 1 BUYOPT/);
  });

  it("vanguard_xfer_in: whole file on one line, 2 TRANSFER reported", () => {
    const result = parse("beancount-import__vanguard_xfer_in.ofx");
    expect(result.statements[0]?.account).toMatchObject({ externalId: "12345678", bankId: "vanguard.com", currency: "USD" });
    expect(warningText(result)).toMatch(/2 TRANSFER/);
    expect(result.warnings.find((w) => w.element === "INVTRANLIST")?.line).toBe(1);
  });

  it("account_listing_aggregation: ACCTINFORS → 4 accounts with names and no transactions", () => {
    const { statements } = parse("ofxparse__account_listing_aggregation.ofx");
    expect(statements.map((s) => [s.account.externalId, s.account.type, s.account.name, s.account.bankId])).toEqual([
      ["0000000001", "savings", "USAA SAVINGS", "314074269"],
      ["0000000002", "checking", "FOUR STAR CHECKING", "314074269"],
      // A line of credit is money owed: "loan".
      ["00000000000003", "loan", "LINE OF CREDIT", "314074269"],
      ["4111111111111111", "card", "MY CREDIT CARD", null],
    ]);
    expect(transactionCount(statements)).toBe(0);
    expect(statements.every((s) => s.closingBalance === null)).toBe(true);
  });
});
