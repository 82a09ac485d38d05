/** parseQif on small hand-written files: accounts, sections, amounts, investment lines, every choice. */
import { describe, expect, it } from "vitest";
import { parseQif } from "../../../../lib/aggregators/file/qif";
import type { ParseOptions } from "../../../../lib/aggregators/types";

const qif = (text: string, options?: ParseOptions) => parseQif(new TextEncoder().encode(text), options);
const messages = (result: ReturnType<typeof qif>) => result.warnings.map((w) => w.message).join("\n");

describe("parseQif", () => {
  it("gives one statement per !Account, typed from the account block", () => {
    const result = qif(`!Account\nNChecking\nTBank\n^\n!Type:Bank\nD01/05/2024\nT-12.50\nPBakery\n^
!Account\nNVisa\nTCCard\n^\n!Type:CCard\nD01/06/2024\nT-30.00\nPShop\n^\nD01/07/2024\nT-1.00\nPShop\n^`);
    expect(result.statements.map((s) => [s.account.name, s.account.type, s.transactions.length])).toEqual([["Checking", "checking", 1], ["Visa", "card", 2]]);
  });

  it("reads Quicken's opening balance record as the opening balance", () => {
    const result = qif("!Type:Bank\nD1/1/2024\nT1,500.00\nPOpening Balance\nL[Checking]\n^\nD1/2/2024\nT-10\nPCafe\n^");
    expect(result.statements[0]?.openingBalance).toEqual({ amount: "1500.00", date: "2024-01-01" });
    expect(result.statements[0]?.transactions.map((t) => t.label)).toEqual(["Cafe"]);
  });

  it("reads the !Account statement balance as the closing balance", () => {
    const result = qif("!Account\nNChecking\nTBank\n/12/31/2023\n$1,234.56\n^\n!Type:Bank\nD12/30/2023\nT-1.00\nPX\n^");
    expect(result.statements[0]?.closingBalance).toEqual({ amount: "1234.56", date: "2023-12-31" });
  });

  it("detects decimal commas from all amounts of the file", () => {
    const result = qif("!Type:Bank\nD31.01.2024\nT-1.234,56\nPRent\n^\nD01.02.2024\nT12,50\nPRefund\n^\nD02.02.2024\nT-3,00\nPX\n^");
    expect(result.statements[0]?.transactions.map((t) => [t.date, t.amount])).toEqual([["2024-01-31", "-1234.56"], ["2024-02-01", "12.50"], ["2024-02-02", "-3.00"]]);
  });

  it("prefers T over U and warns when they differ; falls back to U alone", () => {
    const result = qif("!Type:Bank\nD1/5/2024\nU-10.01\nT-10.00\nPA\n^\nD1/6/2024\nU-7.00\nPB\n^");
    expect(result.statements[0]?.transactions.map((t) => t.amount)).toEqual(["-10.00", "-7.00"]);
    expect(messages(result)).toMatch(/T -10.00 and U -10.01 differ/);
  });

  it("adds up split amounts when the total is missing", () => {
    const result = qif("!Type:Bank\nD1/5/2024\nPSplit shop\nSFood\n$-3.00\nSHome\n$-4.50\n^");
    expect(result.statements[0]?.transactions[0]?.amount).toBe("-7.50");
    expect(messages(result)).toMatch(/split amounts were added up/);
  });

  it("keeps numeric N as check number only, category without its /class", () => {
    const result = qif("!Type:Bank\nD1/5/2024\nT-1\nN1042\nLFood:Groceries/Vacation\nPA\n^\nD1/6/2024\nT-1\nNATM\nPB\n^");
    expect(result.statements[0]?.transactions.map((t) => [t.checkNumber, t.bankCategory])).toEqual([["1042", "Food:Groceries"], [null, undefined]]);
  });

  it("imports cash lines of investment sections with the account's sign, reports trades", () => {
    const result = qif(`!Type:Invst\nD1/5/2024\nNDiv\nYACME\nT12.34\n^\nD1/6/2024\nNXOut\nT100.00\nPTo checking\n^
D1/7/2024\nNMiscExp\nT5.00\nMFee\n^\nD1/8/2024\nNCash\nT-2.00\n^\nD1/9/2024\nNBuy\nYACME\nQ10\nI5\nT50.00\n^\nD1/10/2024\nNBuy\nT1\n^`);
    expect(result.statements[0]?.account.type).toBe("investment");
    expect(result.statements[0]?.transactions.map((t) => [t.amount, t.label])).toEqual([
      ["12.34", "Div ACME"], ["-100.00", "To checking"], ["-5.00", "Fee"], ["-2.00", "Cash"],
    ]);
    expect(messages(result)).toMatch(/Investment action Buy: 2 record\(s\) not imported/);
  });

  it("reads a headerless file as a bank register, with a warning", () => {
    const result = qif("D1/5/2024\nT-1.00\nPA\n^\n");
    expect(result.statements[0]?.transactions).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ line: 1, message: expect.stringMatching(/No !Type header/) });
  });

  it("applies the caller's currency, refusing to round amounts it cannot hold", () => {
    const result = qif("!Type:Bank\nD1/5/2024\nT-1500\nPA\n^\nD1/6/2024\nT-1.5\nPB\n^", { defaultCurrency: "JPY" });
    expect(result.statements[0]?.account.currency).toBe("JPY");
    expect(result.statements[0]?.transactions.map((t) => [t.amount, t.currency])).toEqual([["-1500", "JPY"]]);
    expect(result.warnings[0]).toMatchObject({ line: 6, message: expect.stringMatching(/more decimals than JPY/) });
  });

  it("skips records without a date or with an impossible one, naming their line", () => {
    const result = qif("!Type:Bank\nT-1\nPNo date\n^\nD2/30/2024\nT-1\nPBad\n^\nD3/1/2024\nT-2\nPGood\n^");
    expect(result.statements[0]?.transactions.map((t) => t.label)).toEqual(["Good"]);
    expect(result.warnings.map((w) => w.line)).toEqual([2, 5]);
  });

  it("reads a date that is impossible in the file's order the other way, with a warning", () => {
    const result = qif("!Type:Bank\nD13/1/2024\nT-1\n^\nD14/1/2024\nT-1\n^\nD1/15/2024\nT-1\n^");
    expect(result.statements[0]?.transactions.map((t) => t.date)).toEqual(["2024-01-13", "2024-01-14", "2024-01-15"]);
    expect(messages(result)).toMatch(/impossible as day\/month/);
  });

  it("labels a record by memo, then category, when it has no payee", () => {
    const result = qif("!Type:Cash\nD1/5/2024\nT-1\nMCoffee\n^\nD1/6/2024\nT-2\nL[Savings]\n^");
    expect(result.statements[0]?.transactions.map((t) => [t.label, t.memo, t.payee])).toEqual([["Coffee", null, null], ["[Savings]", null, null]]);
  });
});
