/** Headerless exports: every role found from the values alone (hand-written samples of layouts seen in the wild). */
import { describe, expect, it } from "vitest";
import { detectCsvProfile, parseCsv } from "@/lib/aggregators/file/csv";

const utf8 = (text: string) => new TextEncoder().encode(text);
const statementOf = (text: string) => parseCsv(utf8(text)).statements[0]!;
const profileOf = (text: string) => detectCsvProfile(utf8(text)).profile!;

describe("content detection without a header", () => {
  it("two money columns: debits written negative, credits positive, one per row; the balance column last", () => {
    const text = [
      '04/01/2021,Cheque 122,122,-$76.00,"","$1,750.06"',
      '28/03/2021,Salary,"","",+$327.49,"$1,826.06"',
      '27/03/2021,Cheque 112,112,-$800.00,"","$1,498.57"',
    ].join("\n");
    expect(profileOf(text)).toMatchObject({ amount: { kind: "debitCredit", debit: 3, credit: 4 }, balanceColumn: 5 });
    const statement = statementOf(text);
    expect(statement.transactions.map((t) => t.amount)).toEqual(["-76.00", "327.49", "-800.00"]);
  });

  it("unsigned withdrawals/deposits with zeros in the empty side, told apart by the running balance", () => {
    const text = "11/01/2024,0,Deposit,0,500.00,500.00\n11/02/2024,101,Check,100.00,0,400.00\n11/03/2024,102,Check,100.00,0,300.00\n11/17/2024,0,Deposit,0,700.00,1000.00\n";
    expect(profileOf(text)).toMatchObject({ amount: { kind: "debitCredit", debit: 3, credit: 4 }, balanceColumn: 5, dateFormat: "mm/dd/yyyy" });
    expect(statementOf(text).transactions.map((t) => t.amount)).toEqual(["500.00", "-100.00", "-100.00", "700.00"]);
    expect(statementOf(text).closingBalance).toEqual({ amount: "1000.00", date: "2024-11-17" });
  });

  it("an unsigned amount with an Af/Bij column, codes like 'T1' not taken for amounts", () => {
    const text = '20240115,Shop,Acc,T1,IC,Af,"136,13",Incasso\n20240112,Names,NL28 INGB 1200,21817,GT,Bij,"375,00",Transfer\n20240110,Names,NL28 INGB 1200,21817,GT,Af,"257,50",x\n';
    expect(profileOf(text).amount).toEqual({ kind: "indicator", column: 6, indicatorColumn: 5, debitValues: ["Af"] });
    expect(statementOf(text).transactions.map((t) => [t.date, t.amount])).toEqual([["2024-01-15", "-136.13"], ["2024-01-12", "375.00"], ["2024-01-10", "-257.50"]]);
  });

  it("compact timestamps (20091224120000[0:GMT]) and a type column with signed amounts", () => {
    const text = 'DEBIT,20231224120000[0:GMT],"HOST SLICEHOST",-85.00\nCREDIT,20231223120000[0:GMT],"Some Company",3520.00\nDEBIT,20231221120000[0:GMT],"WEBSITE",-12.23\n';
    expect(profileOf(text)).toMatchObject({ dateColumn: 1, dateFormat: "yyyymmdd", amount: { kind: "signed", column: 3 }, invertSign: false });
    expect(statementOf(text).transactions.map((t) => [t.date, t.amount])).toEqual([["2023-12-24", "-85.00"], ["2023-12-23", "3520.00"], ["2023-12-21", "-12.23"]]);
  });

  it("picks the balance AFTER the transaction when both balances are there, and skips occasional numeric columns", () => {
    const text = "123456789\tEUR\t20240102\t15,00\t10,00\t20240102\t-5,00\tShop\n123456789\tEUR\t20240103\t10,00\t0,00\t20240103\t-10,00\tShop\n";
    expect(profileOf(text)).toMatchObject({ delimiter: "\t", amount: { kind: "signed", column: 6 }, balanceColumn: 4, currencyColumn: 1 });
    expect(statementOf(text).closingBalance).toEqual({ amount: "0.00", date: "2024-01-03" });
    const broker = "2024-02-10,Interest,XRE,179,,,12.55,CAD\n2024-01-16,Reinvestment,COW,3,,,-81.57,CAD\n2024-01-07,Sell,ZQQ,-300,27.44,CDN,8222.05,CAD\n";
    expect(profileOf(broker)).toMatchObject({ amount: { kind: "signed", column: 6 }, currencyColumn: 7 });
    expect(profileOf(broker).balanceColumn).toBeUndefined();
  });

  it("month-name dates with one-digit years", () => {
    const text = "10-Nov-9,-123.12,TRANSFER MORTGAGE,0.00\n09-Nov-10,123.12,SALARY,432.12\n";
    expect(statementOf(text).transactions.map((t) => t.date)).toEqual(["2009-11-10", "2010-11-09"]);
  });
});

describe("header conventions", () => {
  it("dotted dates are day-first without asking, even when every day is 12 or less", () => {
    const detection = detectCsvProfile(utf8("Buchungstag;Text;Betrag\n05.12.2025;A;-1,00\n05.01.2026;B;-2,00\n"));
    expect(detection.profile!.dateFormat).toBe("dd.mm.yyyy");
    expect(detection.issues).toEqual([]);
  });

  it("outgoing/incoming columns (SumUp-style 'ausgehend'/'eingehend') are debit and credit", () => {
    const text = "Datum,Betrag ausgehend,Betrag eingehend,Referenz\n29.12.2024,840.12,0.00,A\n15.03.2024,0.00,40.00,B\n";
    expect(detectCsvProfile(utf8(text)).profile!.amount).toEqual({ kind: "debitCredit", debit: "Betrag ausgehend", credit: "Betrag eingehend" });
    expect(statementOf(text).transactions.map((t) => t.amount)).toEqual(["-840.12", "40.00"]);
  });

  it("with a header, an unnamed numeric column (an exchange rate) is never guessed to be the balance", () => {
    const text = "Belegdatum;Buchungsbetrag;Umrechnungskurs;Beschreibung\n20.02.18;-5,00;1,00;STARBUCKS\n21.02.18;-7,00;1,00;SHOP\n";
    expect(detectCsvProfile(utf8(text)).profile).toMatchObject({ amount: { kind: "signed", column: "Buchungsbetrag" } });
    expect(detectCsvProfile(utf8(text)).profile!.balanceColumn).toBeUndefined();
  });

  it("ING (NL) style: Af Bij indicator, 'Naam / Omschrijving' label, the currency from 'Bedrag (EUR)'", () => {
    const text = '"Datum","Naam / Omschrijving","Rekening","Af Bij","Bedrag (EUR)","Mededelingen"\n"20200213","Kosten","NL99INGB9999999999","Af","1,25","jan 2020"\n"20191213","PAULISSEN","NL99INGB9999999999","Bij","20,00","Naam: X"\n';
    expect(detectCsvProfile(utf8(text)).profile).toMatchObject({ labelColumns: ["Naam / Omschrijving"], memoColumn: "Mededelingen", currency: "EUR", accountColumn: "Rekening" });
    expect(statementOf(text).transactions.map((t) => [t.date, t.amount, t.currency])).toEqual([["2020-02-13", "-1.25", "EUR"], ["2019-12-13", "20.00", "EUR"]]);
    expect(statementOf(text).account.iban).toBe("NL99INGB9999999999");
  });

  it("a foreign-currency column found by content does not override the currency the amount header names", () => {
    const text = "Datum,Empfänger,Betrag (EUR),Betrag (Fremdwährung),Fremdwährung\n2017-10-01,NINTENDO,-59.99,-65.00,USD\n2017-10-02,SHOP,-5.00,-5.00,EUR\n";
    expect(detectCsvProfile(utf8(text)).profile).toMatchObject({ amount: { kind: "signed", column: "Betrag (EUR)" }, currency: "EUR" });
    expect(detectCsvProfile(utf8(text)).profile!.currencyColumn).toBeUndefined();
  });

  it("a card export with purchases positive and 'PAYMENT RECEIVED' negative is inverted; a checking account is not", () => {
    const card = "Date,Description,Amount\n01/15/2024,STARBUCKS,5.45\n01/16/2024,AMAZON,25.99\n01/17/2024,SHELL,40.00\n01/20/2024,PAYMENT RECEIVED - THANK YOU,-200.00\n";
    expect(statementOf(card).transactions.map((t) => t.amount)).toEqual(["-5.45", "-25.99", "-40.00", "200.00"]);
    expect(statementOf(card).account.type).toBe("card");
    const checking = "Date,Description,Amount\n01/15/2024,STARBUCKS,-5.45\n01/16/2024,AMAZON,-25.99\n01/17/2024,SALARY,2000.00\n01/20/2024,CARD PAYMENT THANK YOU,-200.00\n";
    expect(statementOf(checking).transactions.map((t) => t.amount)).toEqual(["-5.45", "-25.99", "2000.00", "-200.00"]);
  });

  it("a payee header is the label rather than an address column; a Pending status marks the row pending", () => {
    const text = '"Posted Date","Status","Payee","Address","Amount"\n"01/15/2024","Pending","AMAZON","SEATTLE WA","-25.99"\n"01/16/2024","Posted","PAYROLL","","1500.00"\n';
    expect(statementOf(text).transactions.map((t) => [t.label, t.pending])).toEqual([["AMAZON", true], ["PAYROLL", false]]);
  });
});
