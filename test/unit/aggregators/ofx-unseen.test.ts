/**
 * OFX/QFX files we have no fixture for, written as Quicken downloads (QFX with INTU.BID), Microsoft Money
 * (OFX 1.02 SGML, unclosed elements, CHARSET 1252), OFX 2.2 XML, credit-card statements (CCSTMTRS) and a
 * multi-account download produce them; read by the pure parser and by `tirelire parse FILE --json`.
 * (The OFX parser itself is the lead's: this file only checks it on unseen input.)
 */
import { describe, expect, it } from "vitest";
import { crlf, encode, only, parseBoth } from "./unseen/helpers";

const sgmlHeader = (charset = "1252") => [
  "OFXHEADER:100", "DATA:OFXSGML", "VERSION:102", "SECURITY:NONE", "ENCODING:USASCII", `CHARSET:${charset}`, "COMPRESSION:NONE", "OLDFILEUID:NONE", "NEWFILEUID:NONE", "",
];

const signon = (org: string, fid: string, intuBid?: string) => [
  "<SIGNONMSGSRSV1>", "<SONRS>", "<STATUS>", "<CODE>0", "<SEVERITY>INFO", "<MESSAGE>SUCCESS", "</STATUS>",
  "<DTSERVER>20261125081500.000[-5:EST]", "<LANGUAGE>ENG", "<FI>", `<ORG>${org}`, `<FID>${fid}`, "</FI>",
  ...(intuBid ? [`<INTU.BID>${intuBid}`, "<INTU.USERID>jdoe"] : []), "</SONRS>", "</SIGNONMSGSRSV1>",
];

describe("unseen OFX/QFX files", () => {
  it("Quicken QFX from a US bank: INTU.BID, unclosed elements, zoned timestamps, check number, ledger and available balances", async () => {
    const json = await parseBoth(crlf(
      ...sgmlHeader(),
      "<OFX>",
      ...signon("B1", "10898", "10898"),
      "<BANKMSGSRSV1>", "<STMTTRNRS>", "<TRNUID>1", "<STATUS>", "<CODE>0", "<SEVERITY>INFO", "</STATUS>",
      "<STMTRS>", "<CURDEF>USD",
      "<BANKACCTFROM>", "<BANKID>322271627", "<ACCTID>000000123456789", "<ACCTTYPE>CHECKING", "</BANKACCTFROM>",
      "<BANKTRANLIST>", "<DTSTART>20261101120000[0:GMT]", "<DTEND>20261124120000[0:GMT]",
      "<STMTTRN>", "<TRNTYPE>DEBIT", "<DTPOSTED>20261124120000[0:GMT]", "<TRNAMT>-23.45", "<FITID>202611240", "<NAME>AMAZON MKTPL*2K4LL1 Amzn.com/bill", "<MEMO>11/23 AMAZON MKTPL", "</STMTTRN>",
      "<STMTTRN>", "<TRNTYPE>CHECK", "<DTPOSTED>20261121120000[0:GMT]", "<TRNAMT>-150.00", "<FITID>202611210", "<CHECKNUM>1042", "<NAME>CHECK 1042", "</STMTTRN>",
      "<STMTTRN>", "<TRNTYPE>DIRECTDEP", "<DTPOSTED>20261120120000[0:GMT]", "<TRNAMT>2500.00", "<FITID>202611200", "<NAME>ACME CORP PAYROLL", "</STMTTRN>",
      "</BANKTRANLIST>",
      "<LEDGERBAL>", "<BALAMT>3711.11", "<DTASOF>20261124120000[0:GMT]", "</LEDGERBAL>",
      "<AVAILBAL>", "<BALAMT>3700.00", "<DTASOF>20261124120000[0:GMT]", "</AVAILBAL>",
      "</STMTRS>", "</STMTTRNRS>", "</BANKMSGSRSV1>",
      "</OFX>",
    ));
    const statement = only(json);
    expect(json.format).toBe("ofx");
    expect(statement.account).toMatchObject({ number: "000000123456789", bankId: "322271627", type: "checking", currency: "USD" });
    expect(statement.transactions.map((t) => [t.externalId, t.date, t.amount, t.label, t.checkNumber])).toEqual([
      ["202611240", "2026-11-24", "-23.45", "AMAZON MKTPL*2K4LL1 Amzn.com/bill", null],
      ["202611210", "2026-11-21", "-150.00", "CHECK 1042", "1042"],
      ["202611200", "2026-11-20", "2500.00", "ACME CORP PAYROLL", null],
    ]);
    expect(statement.transactions[0]!.memo).toBe("11/23 AMAZON MKTPL");
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
  });

  it("Microsoft Money OFX 1.02 from a French bank: CHARSET 1252 accents, EUR, savings account, entity in a name", async () => {
    const json = await parseBoth(encode(crlf(
      ...sgmlHeader(),
      "<OFX>",
      ...signon("CREDIT AGRICOLE", "18206"),
      "<BANKMSGSRSV1>", "<STMTTRNRS>", "<TRNUID>20261125", "<STATUS>", "<CODE>0", "<SEVERITY>INFO", "</STATUS>",
      "<STMTRS>", "<CURDEF>EUR",
      "<BANKACCTFROM>", "<BANKID>18206", "<BRANCHID>00012", "<ACCTID>12345678901", "<ACCTTYPE>SAVINGS", "</BANKACCTFROM>",
      "<BANKTRANLIST>", "<DTSTART>20261101", "<DTEND>20261124",
      "<STMTTRN>", "<TRNTYPE>DEBIT", "<DTPOSTED>20261124", "<TRNAMT>-23.45", "<FITID>9A12B3C4D5", "<NAME>CB Café de la Gare 23/11", "</STMTTRN>",
      "<STMTTRN>", "<TRNTYPE>CREDIT", "<DTPOSTED>20261120", "<TRNAMT>+2500.00", "<FITID>9A12B3C4D6", "<NAME>VIR M. &amp; MME DUPONT", "<MEMO>Épargne novembre", "</STMTTRN>",
      "</BANKTRANLIST>",
      "<LEDGERBAL>", "<BALAMT>3711.11", "<DTASOF>20261124", "</LEDGERBAL>",
      "</STMTRS>", "</STMTTRNRS>", "</BANKMSGSRSV1>",
      "</OFX>",
    ), "windows-1252"));
    const statement = only(json);
    expect(statement.account).toMatchObject({ number: "12345678901", bankId: "18206", type: "savings", currency: "EUR" });
    expect(statement.transactions.map((t) => [t.date, t.amount, t.label, t.memo])).toEqual([
      ["2026-11-24", "-23.45", "CB Café de la Gare 23/11", null],
      ["2026-11-20", "2500.00", "VIR M. & MME DUPONT", "Épargne novembre"],
    ]);
  });

  it("OFX 2.2 XML with a processing instruction, closed elements and a DTAVAIL value date", async () => {
    const json = await parseBoth(`<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>
<OFX>
  <SIGNONMSGSRSV1><SONRS><STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS><DTSERVER>20261125081500.000</DTSERVER><LANGUAGE>ENG</LANGUAGE></SONRS></SIGNONMSGSRSV1>
  <BANKMSGSRSV1>
    <STMTTRNRS>
      <TRNUID>0</TRNUID>
      <STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>
      <STMTRS>
        <CURDEF>GBP</CURDEF>
        <BANKACCTFROM><BANKID>203206</BANKID><ACCTID>13152170</ACCTID><ACCTTYPE>CHECKING</ACCTTYPE></BANKACCTFROM>
        <BANKTRANLIST>
          <DTSTART>20261101000000</DTSTART><DTEND>20261124235959</DTEND>
          <STMTTRN><TRNTYPE>POS</TRNTYPE><DTPOSTED>20261124000000</DTPOSTED><DTAVAIL>20261125000000</DTAVAIL><TRNAMT>-4.50</TRNAMT><FITID>TX-0001</FITID><NAME>PRET A MANGER</NAME></STMTTRN>
          <STMTTRN><TRNTYPE>CREDIT</TRNTYPE><DTPOSTED>20261120000000</DTPOSTED><TRNAMT>2500.00</TRNAMT><FITID>TX-0002</FITID><NAME>ACME LTD</NAME><MEMO>SALARY</MEMO></STMTTRN>
        </BANKTRANLIST>
        <LEDGERBAL><BALAMT>3730.06</BALAMT><DTASOF>20261124235959</DTASOF></LEDGERBAL>
      </STMTRS>
    </STMTTRNRS>
  </BANKMSGSRSV1>
</OFX>
`);
    const statement = only(json);
    expect(statement.account).toMatchObject({ number: "13152170", bankId: "203206", currency: "GBP" });
    expect(statement.transactions.map((t) => [t.externalId, t.date, t.valueDate, t.amount, t.label])).toEqual([
      ["TX-0001", "2026-11-24", "2026-11-25", "-4.50", "PRET A MANGER"],
      ["TX-0002", "2026-11-20", null, "2500.00", "ACME LTD"],
    ]);
    expect(statement.closingBalance).toEqual({ amount: "3730.06", date: "2026-11-24" });
  });

  it("credit card (CCSTMTRS): card account, purchases negative, the payment positive, a negative balance owed", async () => {
    const json = await parseBoth(crlf(
      ...sgmlHeader(),
      "<OFX>",
      ...signon("AMEX", "3101", "3101"),
      "<CREDITCARDMSGSRSV1>", "<CCSTMTTRNRS>", "<TRNUID>0", "<STATUS>", "<CODE>0", "<SEVERITY>INFO", "</STATUS>",
      "<CCSTMTRS>", "<CURDEF>USD",
      "<CCACCTFROM>", "<ACCTID>371234567891004", "</CCACCTFROM>",
      "<BANKTRANLIST>", "<DTSTART>20261101", "<DTEND>20261124",
      "<STMTTRN>", "<TRNTYPE>DEBIT", "<DTPOSTED>20261124000000.000[-7:MST]", "<TRNAMT>-23.45", "<FITID>320263280123456789", "<REFNUM>320263280123456789", "<NAME>AMAZON.COM AMZN.COM/BILL", "</STMTTRN>",
      "<STMTTRN>", "<TRNTYPE>CREDIT", "<DTPOSTED>20261120000000.000[-7:MST]", "<TRNAMT>500.00", "<FITID>320263250987654321", "<NAME>AUTOPAY PAYMENT - THANK YOU", "</STMTTRN>",
      "</BANKTRANLIST>",
      "<LEDGERBAL>", "<BALAMT>-1234.56", "<DTASOF>20261124000000.000[-7:MST]", "</LEDGERBAL>",
      "</CCSTMTRS>", "</CCSTMTTRNRS>", "</CREDITCARDMSGSRSV1>",
      "</OFX>",
    ));
    const statement = only(json);
    expect(statement.account).toMatchObject({ number: "371234567891004", type: "card", currency: "USD" });
    expect(statement.transactions.map((t) => [t.date, t.amount, t.label])).toEqual([
      ["2026-11-24", "-23.45", "AMAZON.COM AMZN.COM/BILL"],
      ["2026-11-20", "500.00", "AUTOPAY PAYMENT - THANK YOU"],
    ]);
    expect(statement.closingBalance).toEqual({ amount: "-1234.56", date: "2026-11-24" });
  });

  it("several accounts in one download: checking and savings statements, then a card, each with its own currency and balance", async () => {
    const bankStatement = (id: string, type: string, currency: string, fitid: string, amount: string, balance: string) => [
      "<STMTTRNRS>", `<TRNUID>${id}`, "<STATUS>", "<CODE>0", "<SEVERITY>INFO", "</STATUS>",
      "<STMTRS>", `<CURDEF>${currency}`, "<BANKACCTFROM>", "<BANKID>021000021", `<ACCTID>${id}`, `<ACCTTYPE>${type}`, "</BANKACCTFROM>",
      "<BANKTRANLIST>", "<DTSTART>20261101", "<DTEND>20261124",
      "<STMTTRN>", "<TRNTYPE>OTHER", "<DTPOSTED>20261115", `<TRNAMT>${amount}`, `<FITID>${fitid}`, "<NAME>Online Transfer", "</STMTTRN>",
      "</BANKTRANLIST>", "<LEDGERBAL>", `<BALAMT>${balance}`, "<DTASOF>20261124", "</LEDGERBAL>", "</STMTRS>", "</STMTTRNRS>",
    ];
    const json = await parseBoth(crlf(
      ...sgmlHeader(),
      "<OFX>",
      ...signon("JPMC", "1601"),
      "<BANKMSGSRSV1>",
      ...bankStatement("111111111", "CHECKING", "USD", "F1", "-100.00", "3611.11"),
      ...bankStatement("222222222", "SAVINGS", "USD", "F2", "100.00", "10100.00"),
      "</BANKMSGSRSV1>",
      "<CREDITCARDMSGSRSV1>", "<CCSTMTTRNRS>", "<TRNUID>3", "<STATUS>", "<CODE>0", "<SEVERITY>INFO", "</STATUS>",
      "<CCSTMTRS>", "<CURDEF>USD", "<CCACCTFROM>", "<ACCTID>4111111111111111", "</CCACCTFROM>",
      "<BANKTRANLIST>", "<DTSTART>20261101", "<DTEND>20261124",
      "<STMTTRN>", "<TRNTYPE>DEBIT", "<DTPOSTED>20261118", "<TRNAMT>-14.20", "<FITID>C1", "<NAME>UBER TRIP", "</STMTTRN>",
      "</BANKTRANLIST>", "<LEDGERBAL>", "<BALAMT>-14.20", "<DTASOF>20261124", "</LEDGERBAL>", "</CCSTMTRS>", "</CCSTMTTRNRS>", "</CREDITCARDMSGSRSV1>",
      "</OFX>",
    ));
    expect(json.statements.map((s) => [s.account.number, s.account.type, s.transactions.map((t) => t.amount), s.closingBalance?.amount])).toEqual([
      ["111111111", "checking", ["-100.00"], "3611.11"],
      ["222222222", "savings", ["100.00"], "10100.00"],
      ["4111111111111111", "card", ["-14.20"], "-14.20"],
    ]);
  });

  it("French bank OFX 1.02: decimal-comma amounts and balance, space grouping, no FITID, late-evening zoned timestamp keeps its day", async () => {
    const json = await parseBoth(crlf(
      ...sgmlHeader().slice(0, -1),
      "<OFX>",
      "<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>20261125<LANGUAGE>FRA</SONRS></SIGNONMSGSRSV1>",
      "<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>",
      "<STMTRS><CURDEF>EUR<BANKACCTFROM><BANKID>30002<BRANCHID>00550<ACCTID>0000123456F<ACCTTYPE>CHECKING</BANKACCTFROM>",
      "<BANKTRANLIST><DTSTART>20261101<DTEND>20261124",
      "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261124233000.000[-5:EST]<TRNAMT>-23,45<NAME>CB AMAZON 23/11</STMTTRN>",
      "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20261120<TRNAMT>1 100,50<FITID>X2<NAME>VIR SALAIRE</STMTTRN>",
      "</BANKTRANLIST>",
      "<LEDGERBAL><BALAMT>3711,11<DTASOF>20261124</LEDGERBAL>",
      "</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>",
    ));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.externalId, t.date, t.amount, t.label])).toEqual([
      [null, "2026-11-24", "-23.45", "CB AMAZON 23/11"],
      ["X2", "2026-11-20", "1100.50", "VIR SALAIRE"],
    ]);
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
  });
});
