/** parseOfx on small hand-written files: every mapping rule and choice, one at a time. */
import { describe, expect, it } from "vitest";
import { parseOfx } from "../../../../lib/aggregators/file/ofx";
import { ibanOf, parseOfxAmount, parseOfxDay, scaleAmount } from "../../../../lib/aggregators/file/ofx/values";

const encoder = new TextEncoder();
const HEADER = "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nENCODING:USASCII\nCHARSET:1252\n\n";

function bankFile(transactions: string, extra = "", curdef = "EUR"): Uint8Array {
  return encoder.encode(`${HEADER}<OFX><BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STMTRS><CURDEF>${curdef}
<BANKACCTFROM><BANKID>30004<ACCTID>FR7630006000011234567890189<ACCTTYPE>CHECKING</BANKACCTFROM>
<BANKTRANLIST><DTSTART>20250101<DTEND>20250131
${transactions}
</BANKTRANLIST>${extra}</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>`);
}

const trn = (fields: string) => `<STMTTRN><TRNTYPE>DEBIT${fields}</STMTTRN>`;

describe("OFX values", () => {
  it("reads the calendar day as written, whatever the zone (no UTC shift)", () => {
    expect(parseOfxDay("20250105230000[-5:EST]")).toBe("2025-01-05");
    expect(parseOfxDay("20250105010000.000[+9:JST]")).toBe("2025-01-05");
    expect(parseOfxDay("20180804093914:014")).toBe("2018-08-04");
    expect(parseOfxDay(" 20170220 ")).toBe("2017-02-20");
    expect(parseOfxDay("20250230")).toBeNull();
    expect(parseOfxDay("2025-01-05")).toBeNull();
    expect(parseOfxDay("")).toBeNull();
  });

  it("reads OFX amounts: signs, zero padding, decimal comma", () => {
    expect(parseOfxAmount("+00000000000005.2300")).toBe("5.2300");
    expect(parseOfxAmount("-00000000047860.0000")).toBe("-47860.0000");
    expect(parseOfxAmount("-200,00")).toBe("-200.00");
    expect(parseOfxAmount("1,5")).toBe("1.5");
    expect(parseOfxAmount("12")).toBe("12");
    expect(parseOfxAmount("abc")).toBeNull();
    expect(parseOfxAmount("")).toBeNull();
  });

  it("scales to the currency and refuses to round", () => {
    expect(scaleAmount("-47860.0000", "USD")).toBe("-47860.00");
    expect(scaleAmount("5", "EUR")).toBe("5.00");
    expect(scaleAmount("1500", "JPY")).toBe("1500");
    expect(scaleAmount("1.5", "JPY")).toBeNull();
    expect(scaleAmount("1.234", "EUR")).toBeNull();
    expect(scaleAmount("1.2300", null)).toBe("1.23");
    expect(scaleAmount("1.2345", null)).toBe("1.2345");
  });

  it("recognises an account id that is a valid IBAN", () => {
    expect(ibanOf("FR76 3000 6000 0112 3456 7890 189")).toBe("FR7630006000011234567890189");
    expect(ibanOf("FR7630006000011234567890188")).toBeNull();
    expect(ibanOf("12345678")).toBeNull();
  });
});

describe("parseOfx mapping", () => {
  it("maps a bank statement: ids, IBAN, label/payee/memo choice, value date, check number", () => {
    const result = parseOfx(bankFile(
      trn("<DTPOSTED>20250105120000[-5:EST]<DTAVAIL>20250107<TRNAMT>-42.34<FITID>F1<CHECKNUM>0012<NAME>CB CARREFOUR 04/01<MEMO>Paris"),
      "<LEDGERBAL><BALAMT>57.66<DTASOF>20250131</LEDGERBAL><AVAILBAL><BALAMT>1000<DTASOF>20250131</AVAILBAL>",
    ));
    expect(result).toMatchObject({ format: "ofx", encoding: "windows-1252", warnings: [] });
    const [s] = result.statements;
    expect(s?.account).toEqual({ externalId: "FR7630006000011234567890189", iban: "FR7630006000011234567890189", number: "FR7630006000011234567890189", bankId: "30004", name: null, type: "checking", currency: "EUR" });
    expect(s?.transactions).toEqual([{ externalId: "F1", date: "2025-01-05", valueDate: "2025-01-07", amount: "-42.34", currency: "EUR", label: "CB CARREFOUR 04/01", payee: null, memo: "Paris", pending: false, checkNumber: "0012" }]);
    expect(s?.openingBalance).toBeNull();
    expect(s?.closingBalance).toEqual({ amount: "57.66", date: "2025-01-31" });
  });

  it("takes the payee from a PAYEE aggregate only", () => {
    const [s] = parseOfx(bankFile(trn("<DTPOSTED>20250105<TRNAMT>-1<PAYEE><NAME>EDF<ADDR1>1 rue</PAYEE><MEMO>Facture"))).statements;
    expect(s?.transactions[0]).toMatchObject({ label: "EDF", payee: "EDF", memo: "Facture", amount: "-1.00" });
  });

  it("skips lines with an empty amount or no date, with a warning naming the line", () => {
    const result = parseOfx(bankFile([trn("<DTPOSTED>20250105<TRNAMT><FITID>A"), trn("<TRNAMT>-3<FITID>B"), trn("<DTPOSTED>20250106<TRNAMT>-4<FITID>C")].join("\n")));
    expect(result.statements[0]?.transactions.map((t) => t.externalId)).toEqual(["C"]);
    expect(result.warnings).toEqual([
      expect.objectContaining({ line: 10, element: "STMTTRN", message: expect.stringMatching(/empty or missing TRNAMT/) }),
      expect.objectContaining({ line: 11, element: "STMTTRN", message: expect.stringMatching(/DTPOSTED/) }),
    ]);
  });

  it("falls back to DTUSER when DTPOSTED is unusable", () => {
    const result = parseOfx(bankFile(trn("<DTPOSTED>00000000<DTUSER>20250103<TRNAMT>-4")));
    expect(result.statements[0]?.transactions[0]?.date).toBe("2025-01-03");
    expect(result.warnings[0]?.message).toMatch(/DTUSER/);
  });

  it("skips an amount more precise than the currency instead of rounding it", () => {
    const result = parseOfx(bankFile(trn("<DTPOSTED>20250105<TRNAMT>-1.234")));
    expect(result.statements[0]?.transactions).toEqual([]);
    expect(result.warnings[0]?.message).toMatch(/more decimals than EUR/);
  });

  it("ORIGCURRENCY: amount already in CURDEF, original derived from CURRATE", () => {
    const [s] = parseOfx(bankFile(trn("<DTPOSTED>20250105<TRNAMT>-10.85<ORIGCURRENCY><CURRATE>0.9200<CURSYM>USD</ORIGCURRENCY><NAME>AMAZON US"))).statements;
    expect(s?.transactions[0]).toMatchObject({ amount: "-10.85", currency: "EUR", originalAmount: "-11.79", originalCurrency: "USD" });
  });

  it("CURRENCY: amount in CURSYM, converted to CURDEF, source kept as original", () => {
    const [s] = parseOfx(bankFile(trn("<DTPOSTED>20250105<TRNAMT>-10.00<CURRENCY><CURRATE>0.9250<CURSYM>USD</CURRENCY><NAME>SHOP"))).statements;
    expect(s?.transactions[0]).toMatchObject({ amount: "-9.25", currency: "EUR", originalAmount: "-10.00", originalCurrency: "USD" });
  });

  it("reads every TRNAMT unsigned as TRNTYPE says when no amount of the statement is negative", () => {
    const result = parseOfx(bankFile([trn("<DTPOSTED>20250105<TRNAMT>12.00"), "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20250106<TRNAMT>50.00</STMTTRN>"].join("")));
    expect(result.statements[0]?.transactions.map((t) => t.amount)).toEqual(["-12.00", "50.00"]);
    expect(result.warnings[0]?.message).toMatch(/read as outflows/);
  });

  it("keeps signs as written when the statement has any negative amount", () => {
    const result = parseOfx(bankFile([trn("<DTPOSTED>20250105<TRNAMT>12.00"), trn("<DTPOSTED>20250106<TRNAMT>-5.00")].join("")));
    expect(result.statements[0]?.transactions.map((t) => t.amount)).toEqual(["12.00", "-5.00"]);
    expect(result.warnings).toEqual([]);
  });

  it("imports pending lines (BANKTRANLISTP) as pending", () => {
    const [s] = parseOfx(bankFile(trn("<DTPOSTED>20250105<TRNAMT>-1<FITID>X"), "<BANKTRANLISTP><DTASOF>20250131<STMTTRNP><TRNTYPE>POS<DTTRAN>20250130<TRNAMT>-8.50<NAME>BAKERY</STMTTRNP></BANKTRANLISTP>")).statements;
    expect(s?.transactions.map((t) => [t.pending, t.date, t.amount, t.externalId])).toEqual([[false, "2025-01-05", "-1.00", "X"], [true, "2025-01-30", "-8.50", null]]);
  });

  it("gives one statement per STMTRS and CCSTMTRS in one file (bank + card)", () => {
    const file = encoder.encode(`${HEADER}<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR<BANKACCTFROM><BANKID>1<ACCTID>111<ACCTTYPE>SAVINGS</BANKACCTFROM>
<BANKTRANLIST>${trn("<DTPOSTED>20250105<TRNAMT>-1")}</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1>
<CREDITCARDMSGSRSV1><CCSTMTTRNRS><CCSTMTRS><CURDEF>EUR<CCACCTFROM><ACCTID>4970</CCACCTFROM>
<BANKTRANLIST>${trn("<DTPOSTED>20250106<TRNAMT>-2")}${trn("<DTPOSTED>20250107<TRNAMT>-3")}</BANKTRANLIST></CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>`);
    const { statements } = parseOfx(file);
    expect(statements.map((s) => [s.account.externalId, s.account.type, s.transactions.length])).toEqual([["111", "savings", 1], ["4970", "card", 2]]);
  });

  it("reports a statement response without statement, and fails when nothing is left", () => {
    const failed = encoder.encode(`${HEADER}<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>15500<SEVERITY>ERROR<MESSAGE>Bad password</STATUS></SONRS></SIGNONMSGSRSV1>
<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>2000<SEVERITY>ERROR</STATUS></STMTTRNRS></BANKMSGSRSV1></OFX>`);
    expect(() => parseOfx(failed)).toThrow(/no statement or account list in <OFX> \(line 7\); sign-on status 15500 ERROR: Bad password/);
  });

  it("uses the caller's currency when CURDEF is missing, and warns on an unknown one", () => {
    expect(parseOfx(bankFile(trn("<DTPOSTED>20250105<TRNAMT>-1"), "", ""), { defaultCurrency: "CHF" }).statements[0]?.account.currency).toBe("CHF");
    const result = parseOfx(bankFile(trn("<DTPOSTED>20250105<TRNAMT>-1"), "", "EURO"));
    expect(result.statements[0]?.account.currency).toBeNull();
    expect(result.warnings[0]).toMatchObject({ element: "CURDEF" });
  });

  it("warns about repeated FITIDs inside one statement (the importer decides)", () => {
    const result = parseOfx(bankFile(trn("<DTPOSTED>20250105<TRNAMT>-1<FITID>SAME") + trn("<DTPOSTED>20250105<TRNAMT>-1<FITID>SAME")));
    expect(result.statements[0]?.transactions).toHaveLength(2);
    expect(result.warnings[0]).toMatchObject({ element: "FITID" });
  });
});
