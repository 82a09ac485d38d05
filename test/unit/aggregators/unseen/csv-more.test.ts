/**
 * More CSV exports we have no fixture for: Citi/Discover/Westpac/NAB/Desjardins, Sparkasse's CSV-CAMT, mBank,
 * Qonto, Swiss Raiffeisen; cleared/pending status words, full month names, year-first slashed dates.
 */
import { describe, expect, it } from "vitest";
import { crlf, encode, failBoth, lf, only, parseBoth, rows } from "./helpers";

describe("unseen CSV exports: more banks", () => {
  it("Citi: Status Cleared/Pending, unsigned Debit and Credit", async () => {
    const json = await parseBoth(lf(
      "Status,Date,Description,Debit,Credit",
      'Pending,11/25/2026,"UBER TRIP HELP.UBER.COM CA",12.00,',
      'Cleared,11/24/2026,"AMAZON.COM AMZN.COM/BILL WA",23.45,',
      'Cleared,11/20/2026,"ONLINE PAYMENT, THANK YOU",,500.00',
    ));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.date, t.amount, t.pending])).toEqual([
      ["2026-11-25", "-12.00", true], ["2026-11-24", "-23.45", false], ["2026-11-20", "500.00", false],
    ]);
  });

  it("Discover: purchases positive, the payment negative: inverted to the account's view", async () => {
    const json = await parseBoth(lf(
      "Trans. Date,Post Date,Description,Amount,Category",
      "11/24/2026,11/24/2026,AMAZON.COM AMZN.COM/BILL WA,23.45,Merchandise",
      "11/22/2026,11/23/2026,SHELL OIL 57444,41.07,Gasoline",
      "11/20/2026,11/20/2026,INTERNET PAYMENT - THANK YOU,-500.00,Payments and Credits",
      "11/18/2026,11/19/2026,WHOLE FOODS MARKET,56.78,Supermarkets",
    ));
    expect(rows(json).map(([date, amount]) => [date, amount])).toEqual([
      ["2026-11-24", "-23.45"], ["2026-11-22", "-41.07"], ["2026-11-20", "500.00"], ["2026-11-18", "-56.78"],
    ]);
  });

  it("Westpac: Bank Account column, Narrative, Debit/Credit Amount, Serial", async () => {
    const json = await parseBoth(crlf(
      "Bank Account,Date,Narrative,Debit Amount,Credit Amount,Balance,Categories,Serial",
      "032000123456,24/11/2026,EFTPOS PURCHASE AMAZON AU,23.45,,3711.11,POS,",
      "032000123456,20/11/2026,DEPOSIT ACME PTY LTD SALARY,,2500.00,3734.56,DEP,",
      "032000123456,05/11/2026,CHEQUE 000123,1100.00,,1234.56,CHQ,000123",
    ));
    const statement = only(json);
    expect(rows(json)).toEqual([
      ["2026-11-24", "-23.45", "EFTPOS PURCHASE AMAZON AU"], ["2026-11-20", "2500.00", "DEPOSIT ACME PTY LTD SALARY"], ["2026-11-05", "-1100.00", "CHEQUE 000123"],
    ]);
    expect(statement.account.number).toBe("032000123456");
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
  });

  it("NAB: headerless, 'dd Mon yy' dates, signed amount, two text columns and a balance", async () => {
    const json = await parseBoth(lf(
      "24 Nov 26,-23.45,,,MISCELLANEOUS DEBIT,V1234 23/11 AMAZON AU SYDNEY,3711.11",
      "20 Nov 26,2500.00,,,PAY/SALARY,ACME PTY LTD SALARY,3734.56",
      "05 Nov 26,-1100.00,,,DIRECT DEBIT,AGL ENERGY 12345,1234.56",
    ));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.date, t.amount])).toEqual([["2026-11-24", "-23.45"], ["2026-11-20", "2500.00"], ["2026-11-05", "-1100.00"]]);
    expect(statement.transactions[0]!.label).toMatch(/AMAZON AU/);
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
  });

  it("Desjardins: headerless, yyyy/mm/dd dates, withdrawal and deposit columns among empty ones, balance last", async () => {
    const json = await parseBoth(encode(lf(
      '"0000012","00000123","EOP",2026/11/05,1,"Paiement facture - AccèsD Internet /HYDRO-QUEBEC",,"110.00",,,,,,"1234.56"',
      '"0000012","00000123","EOP",2026/11/20,2,"Dépôt direct - ACME INC /PAIE",,,"2500.00",,,,,"3734.56"',
      '"0000012","00000123","EOP",2026/11/24,3,"Achat - AMAZON.CA",,"23.45",,,,,,"3711.11"',
    ), "windows-1252"));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.date, t.amount])).toEqual([["2026-11-05", "-110.00"], ["2026-11-20", "2500.00"], ["2026-11-24", "-23.45"]]);
    expect(statement.transactions[1]!.label).toMatch(/ACME INC/);
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
  });

  it("Sparkasse CSV-CAMT: Auftragskonto is the account, dd.mm.yy, 'Umsatz vorgemerkt' rows pending", async () => {
    const json = await parseBoth(encode(crlf(
      '"Auftragskonto";"Buchungstag";"Valutadatum";"Buchungstext";"Verwendungszweck";"Glaeubiger ID";"Mandatsreferenz";"Kundenreferenz (End-to-End)";"Sammlerreferenz";"Lastschrift Ursprungsbetrag";"Auslagenersatz Ruecklastschrift";"Beguenstigter/Zahlungspflichtiger";"Kontonummer/IBAN";"BIC (SWIFT-Code)";"Betrag";"Waehrung";"Info"',
      '"DE70500105171234567890";"25.11.26";"25.11.26";"KARTENZAHLUNG";"2026-11-25T10:00 Debitk.1 2029-12";"";"";"";"";"";"";"REWE Markt GmbH";"DE02120300000000202051";"BYLADEM1001";"-12,00";"EUR";"Umsatz vorgemerkt"',
      '"DE70500105171234567890";"24.11.26";"24.11.26";"FOLGELASTSCHRIFT";"302-1234567 Amazon.de";"LU96ZZZ0000000000000000058";"M-12345";"302-1234567";"";"";"";"AMAZON EU S.A R.L.";"LU07280019400644750000";"BCEELULL";"-23,45";"EUR";"Umsatz gebucht"',
      '"DE70500105171234567890";"20.11.26";"20.11.26";"GUTSCHR. UEBERWEISUNG";"Gehalt November";"";"";"";"";"";"";"ACME GmbH";"DE45120300001234567890";"BYLADEM1001";"2.500,00";"EUR";"Umsatz gebucht"',
    ), "windows-1252"));
    const statement = only(json);
    expect(statement.account.iban).toBe("DE70500105171234567890");
    expect(statement.transactions.map((t) => [t.date, t.amount, t.pending, t.payee])).toEqual([
      ["2026-11-25", "-12.00", true, "REWE Markt GmbH"],
      ["2026-11-24", "-23.45", false, "AMAZON EU S.A R.L."],
      ["2026-11-20", "2500.00", false, "ACME GmbH"],
    ]);
  });

  it("mBank (PL): '#'-prefixed headers after a preamble, amounts with ' PLN', Polish column names", async () => {
    const json = await parseBoth(encode(lf(
      "mBank S.A. Bankowość Detaliczna;",
      "Skrytka Pocztowa 2108;",
      "#Klient;",
      "JAN KOWALSKI;",
      "",
      "#Za okres:;",
      "01.11.2026;24.11.2026;",
      "",
      "#Data operacji;#Opis operacji;#Rachunek;#Kategoria;#Kwota;",
      "2026-11-24;ZAKUP PRZY UŻYCIU KARTY BIEDRONKA WARSZAWA;eKonto 1234 ... 5678;Żywność;-23,45 PLN;",
      "2026-11-20;PRZELEW PRZYCHODZĄCY ACME SP. Z O.O. WYNAGRODZENIE;eKonto 1234 ... 5678;Wpływy;2 500,00 PLN;",
    ), "utf-8"));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.date, t.amount, t.currency])).toEqual([["2026-11-24", "-23.45", "PLN"], ["2026-11-20", "2500.00", "PLN"]]);
    expect(statement.transactions[0]!.label).toMatch(/BIEDRONKA/);
  });

  it("Qonto: settled and pending rows, dd-mm-yyyy hh:mm:ss timestamps, total amount next to a VAT amount", async () => {
    const json = await parseBoth(lf(
      "Status;Settlement date (UTC);Operation date (UTC);Total amount (incl. VAT);Currency;Counterparty name;Payment method;Initiator;Category;VAT amount;Attachment",
      "settled;24-11-2026 14:02:11;23-11-2026 18:40:00;-23,45;EUR;Amazon;card;Jean Dupont;Fournitures;-3,91;yes",
      "settled;20-11-2026 09:00:00;20-11-2026 09:00:00;2500,00;EUR;ACME SAS;transfer;;Ventes;;no",
      "pending;;25-11-2026 10:00:00;-12,00;EUR;Uber;card;Jean Dupont;Transport;-2,00;no",
    ));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.date, t.amount, t.pending])).toEqual([
      ["2026-11-24", "-23.45", false], ["2026-11-20", "2500.00", false], ["2026-11-25", "-12.00", true],
    ]);
    expect(statement.transactions.map((t) => t.payee ?? t.label)).toEqual(["Amazon", "ACME SAS", "Uber"]);
  });

  it("Raiffeisen (CH): 'Credit/Debit Amount' is a signed amount, ISO timestamps, IBAN column", async () => {
    const json = await parseBoth(lf(
      "IBAN;Booked At;Text;Credit/Debit Amount;Balance;Valuta Date",
      "CH740900000012345678;2026-11-24 00:00:00.0;Einkauf Migros Basel;-23.45;3711.11;2026-11-24 00:00:00.0",
      "CH740900000012345678;2026-11-20 00:00:00.0;Gutschrift ACME AG Lohn;2500.00;3734.56;2026-11-20 00:00:00.0",
    ));
    const statement = only(json);
    expect(rows(json)).toEqual([["2026-11-24", "-23.45", "Einkauf Migros Basel"], ["2026-11-20", "2500.00", "Gutschrift ACME AG Lohn"]]);
    expect(statement.account.iban).toBe("CH740900000012345678");
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
  });

  it("full month names ('24 novembre 2026', '3. Dezember 2026', 'November 5, 2026') read as days", async () => {
    const fr = await parseBoth(crlf("Date;Libellé;Montant", "24 novembre 2026;CB AMAZON;-23,45", "3 décembre 2026;VIR ACME;2500,00"));
    expect(rows(fr).map(([date]) => date)).toEqual(["2026-11-24", "2026-12-03"]);
    const de = await parseBoth(crlf("Datum;Text;Betrag", "24. November 2026;REWE;-23,45", "3. Dezember 2026;Gehalt;2500,00"));
    expect(rows(de).map(([date]) => date)).toEqual(["2026-11-24", "2026-12-03"]);
    const en = await parseBoth(lf("Date,Description,Amount", '"November 5, 2026",AMAZON,-23.45', '"December 3, 2026",PAYROLL,2500.00'));
    expect(rows(en).map(([date]) => date)).toEqual(["2026-11-05", "2026-12-03"]);
  });
});

describe("unseen CSV exports: dialect corner cases", () => {
  it("an Excel 'sep=;' first line, blank lines between rows, amounts with a leading 'EUR'", async () => {
    const json = await parseBoth(crlf("sep=;", "Datum;Omschrijving;Bedrag", "", "24-11-2026;Albert Heijn;EUR -23,45", "", "20-11-2026;Salaris;EUR 2.500,00", ""));
    const statement = only(json);
    expect(rows(json)).toEqual([["2026-11-24", "-23.45", "Albert Heijn"], ["2026-11-20", "2500.00", "Salaris"]]);
    expect(statement.account.currency).toBe("EUR");
  });

  it("UTF-16LE without a BOM is recognised from its NUL bytes", async () => {
    const bytes = encode("Date\tDescription\tAmount\r\n24/11/2026\tCafé\t-3.20\r\n20/11/2026\tSalary\t2500.00\r\n", "utf-16le").subarray(2);
    const json = await parseBoth(bytes);
    expect(json.encoding).toBe("utf-16le");
    expect(rows(json)).toEqual([["2026-11-24", "-3.20", "Café"], ["2026-11-20", "2500.00", "Salary"]]);
  });

  it("Czech windows-1250 export: 'Datum zaúčtování', amounts with ' CZK', accents intact", async () => {
    const iconvBytes = (await import("iconv-lite")).default.encode(
      crlf("Datum zaúčtování;Název protiúčtu;Zpráva;Částka", "24.11.2026;Potraviny Šťastný;Nákup kartou;-234,50 CZK", "20.11.2026;ACME s.r.o.;Mzda listopad;25 000,00 CZK"),
      "windows-1250",
    );
    const json = await parseBoth(new Uint8Array(iconvBytes));
    const statement = only(json);
    expect(json.encoding).toBe("windows-1250");
    expect(statement.transactions.map((t) => [t.date, t.amount, t.currency])).toEqual([["2026-11-24", "-234.50", "CZK"], ["2026-11-20", "25000.00", "CZK"]]);
    expect(statement.transactions[0]!.payee ?? statement.transactions[0]!.label).toMatch(/Potraviny Šťastný/);
  });

  it("amounts with DR/CR suffixes (NZ, Indian and Singapore banks)", async () => {
    const json = await parseBoth(lf("Date,Particulars,Amount,Balance", "24/11/2026,EFTPOS COUNTDOWN,23.45 DR,3711.11 CR", "20/11/2026,SALARY ACME LTD,2500.00 CR,3734.56 CR", "05/11/2026,RENT,1100.00 DR,1234.56 CR"));
    const statement = only(json);
    expect(rows(json).map(([date, amount]) => [date, amount])).toEqual([["2026-11-24", "-23.45"], ["2026-11-20", "2500.00"], ["2026-11-05", "-1100.00"]]);
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
  });

  it("a file that is not a bank export fails with one clear line naming where", async () => {
    const message = await failBoth(lf("Name,Email,Phone", "Jean Dupont,jean@example.com,0612345678", "Erika Mustermann,erika@example.de,0171234567"));
    expect(message).toMatch(/^tirelire parse: .*lines? \d+/i);
  });
});

describe("unseen CSV exports: header and preamble shapes", () => {
  it("camelCase headers (Schwab-style 'CheckNumber', 'RunningBalance'), '$' amounts in Withdrawal/Deposit", async () => {
    const json = await parseBoth(lf(
      '"Date","Status","Type","CheckNumber","Description","Withdrawal","Deposit","RunningBalance"',
      '"11/24/2026","Posted","ATM","","ATM WITHDRAWAL 1234 MAIN ST","$100.00","","$3,611.11"',
      '"11/21/2026","Posted","CHECK","1043","Check Paid #1043","$23.45","","$3,711.11"',
      '"11/20/2026","Posted","DEPOSIT","","ACME CORP PAYROLL","","$2,500.00","$3,734.56"',
    ));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.date, t.amount, t.checkNumber])).toEqual([
      ["2026-11-24", "-100.00", null], ["2026-11-21", "-23.45", "1043"], ["2026-11-20", "2500.00", null],
    ]);
    expect(statement.closingBalance).toEqual({ amount: "3611.11", date: "2026-11-24" });
  });

  it("Singapore bank: blank lines before a key/value preamble with 'Ledger Balance', space-padded unsigned amounts", async () => {
    const json = await parseBoth(lf(
      "", "", "",
      "Account Details For:,Savings Account 123-45678-9",
      "Statement as at:,24 Nov 2026 ",
      "",
      "Available Balance:,3700.00",
      "Ledger Balance:,3711.11",
      "",
      "Transaction Date,Reference,Debit Amount,Credit Amount,Transaction Ref1,Transaction Ref2,Transaction Ref3",
      "",
      "24 Nov 2026,POS, 23.45, ,COLD STORAGE 23NOV,4628-4500-,,",
      "20 Nov 2026,GIRO, , 2500.00,SALARY ACME PTE LTD,,,",
      "05 Nov 2026,ITR, 100.00, ,TOP-UP TO PAYLAH!,,,",
      "", "",
    ));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.date, t.amount])).toEqual([["2026-11-24", "-23.45"], ["2026-11-20", "2500.00"], ["2026-11-05", "-100.00"]]);
    expect(statement.transactions[1]!.label).toMatch(/SALARY ACME/);
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
  });

  it("an IBAN column filled on one row only is the counterparty's, not the account's; '€' amounts", async () => {
    const json = await parseBoth(lf(
      "Transaktionstyp,Buchungsdatum,Betrag,Zahlungsempfänger,IBAN,Verwendungszweck",
      'Kartenzahlung,24.11.2026,"-23,45 €",REWE Markt,,Einkauf',
      'Umbuchung,22.11.2026,"-100,00 €",Sparkonto,,Sparen',
      'SEPA-Lastschrift,20.11.2026,"-50,00 €",Ärzte ohne Grenzen,DE02120300000000202051,Spende',
    ));
    const statement = only(json);
    expect(statement.account.iban).toBeNull();
    expect(statement.account.currency).toBe("EUR");
    expect(statement.transactions.map((t) => t.amount)).toEqual(["-23.45", "-100.00", "-50.00"]);
  });
});

describe("unseen CSV exports: who is the payee", () => {
  it("bunq: an empty 'Counterparty' column does not hide the 'Name' of who was paid", async () => {
    const json = await parseBoth(lf(
      '"Date","Amount","Account","Counterparty","Name","Description"',
      '"2026-11-06","-8,78","NL20INGB0001234567","","CLOUDFLARE","CLOUDFLARE 650-3198939, US 9.95 USD, 1 USD = 0.88241 EUR"',
      '"2026-11-06","8,78","NL20INGB0001234567","","CLOUDFLARE","Refund: CLOUDFLARE (650-3198939, US)"',
      '"2026-11-17","-7,99","NL20INGB0001234567","","NETFLIX.COM","NETFLIX.COM 14087249160, NL"',
    ));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.amount, t.payee])).toEqual([["-8.78", "CLOUDFLARE"], ["8.78", "CLOUDFLARE"], ["-7.99", "NETFLIX.COM"]]);
    expect(statement.account.iban).toBe("NL20INGB0001234567");
  });

  it("KBC credit card: the card holder column is not the description, the merchant is", async () => {
    const json = await parseBoth(lf(
      "kredietkaart;kaarthouder;uitgavenstaat;datum verrichting;Datum verrekening;bedrag;credit;debet;munt;koers;bedrag in EUR;Kosten op verrichting;Handelaar;locatie;land;toelichting",
      "1234567890123456;SMITH JOHN;;24/11/2026;26/11/2026;-23,45;;-23,45;EUR;1;-23,45;0;AMAZON EU;LUXEMBOURG;LU;",
      ";;;20/11/2026;20/11/2026;500,00;500,00;;EUR;1;500,00;0;Betaling van zichtrekening;;;",
      "1234567890123456;SMITH JOHN;november 2026;18/11/2026;19/11/2026;-56,78;;-56,78;EUR;1;-56,78;0;DELHAIZE BRUSSEL;BRUSSEL;BE;",
    ));
    expect(rows(json)).toEqual([
      ["2026-11-24", "-23.45", "AMAZON EU"], ["2026-11-20", "500.00", "Betaling van zichtrekening"], ["2026-11-18", "-56.78", "DELHAIZE BRUSSEL"],
    ]);
  });

  it("Czech bank (English export): 'Counteraccount name' is the payee, year-first slashed dates, 'Amount CZK'", async () => {
    const json = await parseBoth(lf(
      '"Item";"Posting date";"Amount CZK";"Bank account details";"Execution date";"Variable symbol 1";"Counteraccount name";"Message for payee";"Transaction reference number"',
      '"Card payment 1234";"2026/11/24";"-234,50";"1234567890/0100";"2026/11/23";"";"ALBERT CZ";"";"1111111111111"',
      '"Incoming payment";"2026/11/20";"25 000,00";"2100123456/2010";"2026/11/20";"11111111";"ACME s.r.o.";"Mzda listopad";"1111111111112"',
    ));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.date, t.amount, t.currency, t.payee, t.externalId])).toEqual([
      ["2026-11-24", "-234.50", "CZK", "ALBERT CZ", "1111111111111"],
      ["2026-11-20", "25000.00", "CZK", "ACME s.r.o.", "1111111111112"],
    ]);
  });
});

describe("unseen CSV exports: one-letter direction flags", () => {
  it("Austrian Raiffeisen: headerless, unsigned amounts with an O (out) / I (in) flag, a stray note row", async () => {
    const json = await parseBoth(encode(lf(
      "24.11.2026;HOFER DANKT  0527  K2   24.11. 17:20;24.11.2026;33,87;O",
      "23.11.2026;POS          23,55 AT  K1   22.11. 11:32 SPAR DANKT 4105;22.11.2026;23,55;O",
      "20.11.2026;Überweisung ACME GmbH Gehalt;20.11.2026;2.500,00;I",
      "18.11.2026;BANKOMAT  02950284 K2   18.11. 11:50;18.11.2026;90,00;O",
      "A note, not a transaction;;;;",
      "15.11.2026;0,0625 % p.a. Habenzinsen;15.11.2026;1,73;I",
    ), "windows-1252"));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.date, t.amount])).toEqual([
      ["2026-11-24", "-33.87"], ["2026-11-23", "-23.55"], ["2026-11-20", "2500.00"], ["2026-11-18", "-90.00"], ["2026-11-15", "1.73"],
    ]);
    expect(json.warnings.some((w) => w.line === 5)).toBe(true);
  });
});

describe("unseen CSV exports: headerless account column", () => {
  it("easybank (AT): headerless, the own IBAN repeated in the first column, '+' credits, dot grouping", async () => {
    const json = await parseBoth(encode(lf(
      "AT872011000001234567;Einbehaltene KESt                            BG/000000001     ;24.11.2026;23.11.2026;-0,42;EUR",
      "AT872011000001234567;Zinsen HABEN                                 BG/000000002     ;24.11.2026;23.11.2026;+1,23;EUR",
      "AT872011000001234567;Überweisung Miete                            FE/000000003 AT098765432109876543 Vermieter   ;20.11.2026;20.11.2026;-1.100,00;EUR",
    ), "windows-1252"));
    const statement = only(json);
    expect(statement.account.iban).toBe("AT872011000001234567");
    expect(statement.transactions.map((t) => [t.date, t.valueDate, t.amount, t.currency])).toEqual([
      ["2026-11-24", "2026-11-23", "-0.42", "EUR"], ["2026-11-24", "2026-11-23", "1.23", "EUR"], ["2026-11-20", "2026-11-20", "-1100.00", "EUR"],
    ]);
    expect(statement.transactions[0]!.label).toMatch(/^Einbehaltene KESt/);
  });
});
