/**
 * CSV exports of US, UK, Canadian and Australian banks we have no fixture for, written from what those banks
 * produce (column names, quoting, sign conventions, preambles), read with no profile: detection alone.
 * Labels are kept as the bank wrote them (padding included): the parser's label is the stored rawLabel (provenance).
 */
import { describe, expect, it } from "vitest";
import { crlf, encode, lf, only, parseBoth, rows } from "./helpers";

describe("unseen CSV exports: United States", () => {
  it("Chase checking: Details DEBIT/CREDIT column next to already-signed amounts, trailing empty column, check number", async () => {
    const json = await parseBoth(crlf(
      "Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #",
      'DEBIT,11/24/2026,"AMAZON MKTPL*2K4LL1 Amzn.com/bill WA        11/23",-23.45,DEBIT_CARD,3711.11,,',
      'CHECK,11/21/2026,"CHECK 1042",-150.00,CHECK_PAID,3734.56,1042,',
      'CREDIT,11/20/2026,"ACME CORP       PAYROLL                    PPD ID: 1234567890",2500.00,ACH_CREDIT,3884.56,,',
      'DEBIT,11/13/2026,"Zelle payment to JOHN SMITH JPM99a1b2c3d",-1000.00,QUICKPAY_DEBIT,1384.56,,',
    ));
    const statement = only(json);
    expect(json.format).toBe("csv");
    expect(rows(json)).toEqual([
      ["2026-11-24", "-23.45", "AMAZON MKTPL*2K4LL1 Amzn.com/bill WA        11/23"],
      ["2026-11-21", "-150.00", "CHECK 1042"],
      ["2026-11-20", "2500.00", "ACME CORP       PAYROLL                    PPD ID: 1234567890"],
      ["2026-11-13", "-1000.00", "Zelle payment to JOHN SMITH JPM99a1b2c3d"],
    ]);
    expect(statement.transactions[1]!.checkNumber).toBe("1042");
    // Newest first: the closing balance is the newest row's.
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
  });

  it("Chase credit card: Transaction/Post dates, purchases negative, payments and returns positive", async () => {
    const json = await parseBoth(lf(
      "Transaction Date,Post Date,Description,Category,Type,Amount,Memo",
      "11/23/2026,11/24/2026,AMAZON MKTPL*2K4LL1,Shopping,Sale,-23.45,",
      "11/20/2026,11/21/2026,Payment Thank You-Mobile,,Payment,500.00,",
      "11/19/2026,11/20/2026,AMAZON.COM REFUND,Shopping,Return,12.99,",
      "11/02/2026,11/03/2026,STARBUCKS STORE 01234,Food & Drink,Sale,-5.75,",
    ));
    const statement = only(json);
    expect(rows(json)).toEqual([
      ["2026-11-23", "-23.45", "AMAZON MKTPL*2K4LL1"],
      ["2026-11-20", "500.00", "Payment Thank You-Mobile"],
      ["2026-11-19", "12.99", "AMAZON.COM REFUND"],
      ["2026-11-02", "-5.75", "STARBUCKS STORE 01234"],
    ]);
    expect(statement.transactions[0]!.valueDate).toBe("2026-11-24");
  });

  it("Bank of America checking: summary preamble, 'Beginning balance' row without amount, quoted grouped amounts", async () => {
    const json = await parseBoth(crlf(
      "Description,,Summary Amt.",
      'Beginning balance as of 11/01/2026,,"1,234.56"',
      'Total credits,,"2,500.00"',
      'Total debits,,"-87.12"',
      'Ending balance as of 11/24/2026,,"3,647.44"',
      "",
      "Date,Description,Amount,Running Bal.",
      '11/01/2026,Beginning balance as of 11/01/2026,,"1,234.56"',
      '11/03/2026,"PAYROLL ACME CORP DES:PAYROLL ID:XXXXX INDN:DOE JOHN CO ID:XXXXX PPD","2,500.00","3,734.56"',
      '11/05/2026,"SAFEWAY #1234 11/04 PURCHASE SAN FRANCISCO CA","-87.12","3,647.44"',
    ));
    const statement = only(json);
    expect(rows(json)).toEqual([
      ["2026-11-03", "2500.00", "PAYROLL ACME CORP DES:PAYROLL ID:XXXXX INDN:DOE JOHN CO ID:XXXXX PPD"],
      ["2026-11-05", "-87.12", "SAFEWAY #1234 11/04 PURCHASE SAN FRANCISCO CA"],
    ]);
    expect(statement.openingBalance).toEqual({ amount: "1234.56", date: "2026-11-01" });
    expect(statement.closingBalance).toEqual({ amount: "3647.44", date: "2026-11-05" });
  });

  it("Bank of America credit card: reference numbers are ids, payee column, address column ignored", async () => {
    const json = await parseBoth(lf(
      "Posted Date,Reference Number,Payee,Address,Amount",
      '11/24/2026,24692166328100012345678,"AMAZON.COM*AB12C AMZN.COM/BILLWA","AMZN.COM/BILLWA ",-23.45',
      '11/20/2026,24431066324000098765432,"PAYMENT - THANK YOU","",500.00',
      '11/18/2026,24011346322000011112222,"UBER   *TRIP HELP.UBER.COM CA","HELP.UBER.COM CA ",-14.20',
    ));
    const statement = only(json);
    expect(rows(json)).toEqual([
      ["2026-11-24", "-23.45", "AMAZON.COM*AB12C AMZN.COM/BILLWA"],
      ["2026-11-20", "500.00", "PAYMENT - THANK YOU"],
      ["2026-11-18", "-14.20", "UBER   *TRIP HELP.UBER.COM CA"],
    ]);
    expect(statement.transactions.map((t) => t.externalId)).toEqual(["24692166328100012345678", "24431066324000098765432", "24011346322000011112222"]);
  });

  it("Wells Fargo: headerless, every field quoted, '*' and check-number columns", async () => {
    const json = await parseBoth(crlf(
      '"11/24/2026","-23.45","*","","PURCHASE AUTHORIZED ON 11/22 AMAZON.COM AMZN.COM/BILL WA S386327000000000 CARD 1234"',
      '"11/21/2026","-150.00","*","1042","CHECK # 1042"',
      '"11/20/2026","2500.00","*","","ACME CORP PAYROLL 112026 XXXXX1234 DOE,JOHN"',
    ));
    expect(rows(json)).toEqual([
      ["2026-11-24", "-23.45", "PURCHASE AUTHORIZED ON 11/22 AMAZON.COM AMZN.COM/BILL WA S386327000000000 CARD 1234"],
      ["2026-11-21", "-150.00", "CHECK # 1042"],
      ["2026-11-20", "2500.00", "ACME CORP PAYROLL 112026 XXXXX1234 DOE,JOHN"],
    ]);
  });

  it("Capital One card: unsigned Debit/Credit columns, ISO dates, card number column not an amount", async () => {
    const json = await parseBoth(lf(
      "Transaction Date,Posted Date,Card No.,Description,Category,Debit,Credit",
      "2026-11-23,2026-11-24,1234,AMAZON.COM,Merchandise,23.45,",
      "2026-11-20,2026-11-20,1234,CAPITAL ONE MOBILE PYMT,Payment/Credit,,500.00",
      "2026-11-18,2026-11-19,1234,SHELL OIL 57444,Gas/Automotive,41.07,",
    ));
    expect(rows(json)).toEqual([
      ["2026-11-23", "-23.45", "AMAZON.COM"],
      ["2026-11-20", "500.00", "CAPITAL ONE MOBILE PYMT"],
      ["2026-11-18", "-41.07", "SHELL OIL 57444"],
    ]);
  });

  it("Capital One 360: unsigned amount plus a Transaction Type of Debit/Credit, two-digit years", async () => {
    const json = await parseBoth(lf(
      "Account Number,Transaction Description,Transaction Date,Transaction Type,Transaction Amount,Balance",
      "3456,Debit Card Purchase - AMAZON MKTPL,11/24/26,Debit,23.45,3711.11",
      "3456,Deposit from ACME CORP PAYROLL,11/20/26,Credit,2500.00,3734.56",
      "3456,Withdrawal to Savings,11/10/26,Debit,100.00,1234.56",
    ));
    const statement = only(json);
    expect(rows(json)).toEqual([
      ["2026-11-24", "-23.45", "Debit Card Purchase - AMAZON MKTPL"],
      ["2026-11-20", "2500.00", "Deposit from ACME CORP PAYROLL"],
      ["2026-11-10", "-100.00", "Withdrawal to Savings"],
    ]);
    expect(statement.account.number).toBe("3456");
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
  });

  it("American Express: charges positive, the payment negative: signs inverted to the account's view", async () => {
    const json = await parseBoth(lf(
      "Date,Description,Amount",
      "11/24/2026,AMAZON.COM AMZN.COM/BILL WA,23.45",
      "11/20/2026,AUTOPAY PAYMENT - THANK YOU,-500.00",
      "11/18/2026,UBER TRIP HELP.UBER.COM CA,14.20",
      "11/17/2026,WHOLE FOODS MARKET #10234 NEW YORK NY,56.78",
      "11/15/2026,AMAZON.COM REFUND,-12.99",
    ));
    const statement = only(json);
    expect(rows(json)).toEqual([
      ["2026-11-24", "-23.45", "AMAZON.COM AMZN.COM/BILL WA"],
      ["2026-11-20", "500.00", "AUTOPAY PAYMENT - THANK YOU"],
      ["2026-11-18", "-14.20", "UBER TRIP HELP.UBER.COM CA"],
      ["2026-11-17", "-56.78", "WHOLE FOODS MARKET #10234 NEW YORK NY"],
      ["2026-11-15", "12.99", "AMAZON.COM REFUND"],
    ]);
    expect(statement.account.type).toBe("card");
    expect(json.warnings.some((w) => /inverted/.test(w.message))).toBe(true);
  });

  it("American Express with extended details: quoted multi-line fields, quoted references", async () => {
    const json = await parseBoth(crlf(
      "Date,Description,Card Member,Account #,Amount,Extended Details,Appears On Your Statement As,Address,City/State,Zip Code,Country,Reference,Category",
      '11/24/2026,AMAZON.COM,JOHN DOE,-71004,23.45,"AMZN Mktp US\nAMAZON.COM\nWA",AMAZON.COM AMZN.COM/BILL WA,"410 TERRY AVE N","SEATTLE\nWA",98109,UNITED STATES,\'320263280123456789\',Merchandise & Supplies-Internet Purchase',
      '11/20/2026,AUTOPAY PAYMENT - THANK YOU,JOHN DOE,-71004,-500.00,"AUTOPAY PAYMENT",AUTOPAY PAYMENT - THANK YOU,,,,,\'320263250987654321\',',
      '11/18/2026,UBER TRIP,JOHN DOE,-71004,14.20,"Uber Trip\nHELP.UBER.COM\nCA",UBER TRIP HELP.UBER.COM CA,"1455 MARKET ST","SAN FRANCISCO\nCA",94103,UNITED STATES,\'320263230111122223\',Transportation-Taxis & Coach',
      '11/17/2026,WHOLE FOODS,JOHN DOE,-71004,56.78,"WHOLE FOODS",WHOLE FOODS MARKET,,,,,\'320263220333344445\',Merchandise & Supplies-Groceries',
    ));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.date, t.amount])).toEqual([
      ["2026-11-24", "-23.45"], ["2026-11-20", "500.00"], ["2026-11-18", "-14.20"], ["2026-11-17", "-56.78"],
    ]);
    expect(statement.transactions[0]!.label).toBe("AMAZON.COM");
    expect(statement.transactions.map((t) => t.externalId)).toEqual(["320263280123456789", "320263250987654321", "320263230111122223", "320263220333344445"]);
  });
});

describe("unseen CSV exports: United Kingdom", () => {
  it("Barclays: blank Number column, account column, the Memo is the description", async () => {
    const json = await parseBoth(crlf(
      "Number,Date,Account,Amount,Subcategory,Memo",
      " ,24/11/2026,20-32-06 13152170,-23.45,PAYMENT,AMAZON.CO.UK        ON 23 NOV          BCC",
      " ,20/11/2026,20-32-06 13152170,2500.00,DIRECTDEP,ACME LTD            SALARY             BGC",
      " ,13/11/2026,20-32-06 13152170,-45.00,DIRECT DEBIT,THAMES WATER       12345678           DDR",
    ));
    const statement = only(json);
    expect(rows(json)).toEqual([
      ["2026-11-24", "-23.45", "AMAZON.CO.UK        ON 23 NOV          BCC"],
      ["2026-11-20", "2500.00", "ACME LTD            SALARY             BGC"],
      ["2026-11-13", "-45.00", "THAMES WATER       12345678           DDR"],
    ]);
    expect(statement.account.number).toBe("20-32-06 13152170");
  });

  it("HSBC UK: headerless date, description, amount with quoted thousands", async () => {
    const json = await parseBoth(lf(
      "24/11/2026,AMAZON.CO.UK*AB12C,-23.45",
      '20/11/2026,ACME LTD SALARY,"2,500.00"',
      '02/11/2026,HALIFAX MORTGAGE,"-1,100.00"',
    ));
    expect(rows(json)).toEqual([
      ["2026-11-24", "-23.45", "AMAZON.CO.UK*AB12C"],
      ["2026-11-20", "2500.00", "ACME LTD SALARY"],
      ["2026-11-02", "-1100.00", "HALIFAX MORTGAGE"],
    ]);
  });

  it("Lloyds: Excel-guarded sort code, unsigned Debit/Credit Amount columns, running balance", async () => {
    const json = await parseBoth(crlf(
      "Transaction Date,Transaction Type,Sort Code,Account Number,Transaction Description,Debit Amount,Credit Amount,Balance",
      "24/11/2026,DEB,'30-99-50,12345678,AMAZON.CO.UK,23.45,,3711.11",
      "20/11/2026,FPI,'30-99-50,12345678,ACME LTD SALARY,,2500.00,3734.56",
      "03/11/2026,DD,'30-99-50,12345678,THAMES WATER,45.00,,1234.56",
    ));
    const statement = only(json);
    expect(rows(json)).toEqual([
      ["2026-11-24", "-23.45", "AMAZON.CO.UK"],
      ["2026-11-20", "2500.00", "ACME LTD SALARY"],
      ["2026-11-03", "-45.00", "THAMES WATER"],
    ]);
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
  });

  it("Monzo: Name is the payee, signed Amount wins over Money Out/Money In, currency column", async () => {
    const json = await parseBoth(lf(
      "Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Local amount,Local currency,Notes and #tags,Address,Receipt,Description,Category split,Money Out,Money In",
      "tx_0000A1B2C3D4E5F6,24/11/2026,14:02:11,Card payment,Pret A Manger,🥪,Eating out,-4.50,GBP,-4.50,GBP,,1 High Street,,PRET A MANGER LONDON GBR,,-4.50,",
      "tx_0000A1B2C3D4E5F7,20/11/2026,09:00:00,Faster payment,ACME Ltd,,Income,2500.00,GBP,2500.00,GBP,Salary,,,ACME LTD SALARY,,,2500.00",
      "tx_0000A1B2C3D4E5F8,18/11/2026,19:45:03,Card payment,Le Pain,🥐,Eating out,-10.75,GBP,-12.40,EUR,,Rue X Paris,,LE PAIN PARIS FRA,,-10.75,",
    ));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.date, t.amount, t.currency, t.externalId])).toEqual([
      ["2026-11-24", "-4.50", "GBP", "tx_0000A1B2C3D4E5F6"],
      ["2026-11-20", "2500.00", "GBP", "tx_0000A1B2C3D4E5F7"],
      ["2026-11-18", "-10.75", "GBP", "tx_0000A1B2C3D4E5F8"],
    ]);
    expect(statement.transactions[0]!.payee ?? statement.transactions[0]!.label).toMatch(/Pret A Manger/);
    expect(statement.account.currency).toBe("GBP");
  });

  it("Starling: 'Counter Party' is the payee, amounts and balance in the (GBP) headers", async () => {
    const json = await parseBoth(lf(
      "Date,Counter Party,Reference,Type,Amount (GBP),Balance (GBP),Spending Category,Notes",
      "24/11/2026,Pret A Manger,PRET A MANGER,CONTACTLESS,-4.50,3730.06,EATING_OUT,",
      "20/11/2026,ACME Ltd,SALARY NOV,FASTER PAYMENT,2500.00,3734.56,INCOME,",
      "01/11/2026,Starling Bank,Interest,INTEREST,0.56,1234.56,INCOME,",
    ));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.date, t.amount])).toEqual([["2026-11-24", "-4.50"], ["2026-11-20", "2500.00"], ["2026-11-01", "0.56"]]);
    expect(statement.transactions.map((t) => t.payee ?? t.label)).toEqual(["Pret A Manger", "ACME Ltd", "Starling Bank"]);
    expect(statement.account.currency).toBe("GBP");
    expect(statement.closingBalance).toEqual({ amount: "3730.06", date: "2026-11-24" });
  });
});

describe("unseen CSV exports: Canada and Australia", () => {
  it("RBC: amounts under 'CAD$' and 'USD$' headers, two description columns", async () => {
    const json = await parseBoth(lf(
      "Account Type,Account Number,Transaction Date,Cheque Number,Description 1,Description 2,CAD$,USD$",
      'Chequing,01234-5012345,11/24/2026,,"AMAZON.CA","AMZN MKTP CA",-23.45,',
      'Chequing,01234-5012345,11/20/2026,,"PAYROLL DEPOSIT","ACME INC",2500.00,',
      'Chequing,01234-5012345,11/18/2026,17,"CHEQUE 17","",-300.00,',
    ));
    const statement = only(json);
    expect(rows(json)).toEqual([
      ["2026-11-24", "-23.45", "AMAZON.CA AMZN MKTP CA"],
      ["2026-11-20", "2500.00", "PAYROLL DEPOSIT ACME INC"],
      ["2026-11-18", "-300.00", "CHEQUE 17"],
    ]);
    expect(statement.account.currency).toBe("CAD");
  });

  it("TD Canada: headerless date, description, debit, credit, balance", async () => {
    const json = await parseBoth(lf(
      "11/24/2026,AMAZON.CA,23.45,,3711.11",
      "11/20/2026,ACME INC PAY,,2500.00,3734.56",
      "11/05/2026,HYDRO ONE,65.00,,1234.56",
    ));
    const statement = only(json);
    expect(rows(json)).toEqual([
      ["2026-11-24", "-23.45", "AMAZON.CA"],
      ["2026-11-20", "2500.00", "ACME INC PAY"],
      ["2026-11-05", "-65.00", "HYDRO ONE"],
    ]);
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
  });

  it("CommBank: headerless, quoted signed amounts and '+'-prefixed balances", async () => {
    const json = await parseBoth(crlf(
      '24/11/2026,"-23.45","AMAZON AU SYDNEY SOUTH AU Card xx1234 Value Date: 22/11/2026","+3711.11"',
      '20/11/2026,"+2500.00","Salary ACME PTY LTD","+3734.56"',
      '05/11/2026,"-65.00","Direct Debit 123456 ORIGIN ENERGY","+1234.56"',
    ));
    const statement = only(json);
    expect(rows(json)).toEqual([
      ["2026-11-24", "-23.45", "AMAZON AU SYDNEY SOUTH AU Card xx1234 Value Date: 22/11/2026"],
      ["2026-11-20", "2500.00", "Salary ACME PTY LTD"],
      ["2026-11-05", "-65.00", "Direct Debit 123456 ORIGIN ENERGY"],
    ]);
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
  });

  it("ANZ: headerless date, signed amount, description", async () => {
    const json = await parseBoth(lf(
      '24/11/2026,"-23.45","VISA DEBIT PURCHASE CARD 1234 AMAZON AU SYDNEY"',
      '20/11/2026,"2500.00","PAY/SALARY FROM ACME PTY LTD"',
      '19/11/2026,"-4.00","EFTPOS MCDONALDS MELBOURNE"',
    ));
    expect(rows(json)).toEqual([
      ["2026-11-24", "-23.45", "VISA DEBIT PURCHASE CARD 1234 AMAZON AU SYDNEY"],
      ["2026-11-20", "2500.00", "PAY/SALARY FROM ACME PTY LTD"],
      ["2026-11-19", "-4.00", "EFTPOS MCDONALDS MELBOURNE"],
    ]);
  });
});

describe("unseen CSV exports: encodings and line endings", () => {
  it("a UTF-8 BOM before the header does not hide the first column", async () => {
    const json = await parseBoth(encode(lf("Date,Description,Amount", "24/11/2026,Café Nero,-3.20", "20/11/2026,Salary,2500.00"), "utf-8-bom"));
    expect(json.encoding).toBe("utf-8");
    expect(rows(json)).toEqual([["2026-11-24", "-3.20", "Café Nero"], ["2026-11-20", "2500.00", "Salary"]]);
  });
});
