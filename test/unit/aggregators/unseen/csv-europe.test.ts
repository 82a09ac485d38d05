/**
 * CSV exports of Benelux, Nordic and Southern European banks and of fintechs (Revolut, N26, Wise) we have no
 * fixture for: Af/Bij indicators, yyyymmdd dates, tab-separated files without header, "Reserverat" pending rows,
 * "EUR" suffixes, UTF-16LE text, timestamps in date cells.
 */
import { describe, expect, it } from "vitest";
import { crlf, encode, lf, only, parseBoth, rows } from "./helpers";

describe("unseen CSV exports: Benelux", () => {
  it("ING (NL): yyyymmdd dates, unsigned 'Bedrag (EUR)' with Af/Bij, balance after each row", async () => {
    const json = await parseBoth(crlf(
      '"Datum";"Naam / Omschrijving";"Rekening";"Tegenrekening";"Code";"Af Bij";"Bedrag (EUR)";"Mutatiesoort";"Mededelingen";"Saldo na mutatie";"Tag"',
      '"20261124";"Albert Heijn 1234";"NL20INGB0001234567";"";"BA";"Af";"23,45";"Betaalautomaat";"Pasvolgnr: 001 24-11-2026 14:02 Transactie: 12345 Term: AB1234";"3711,11";""',
      '"20261120";"ACME BV";"NL20INGB0001234567";"NL02ABNA0123456789";"OV";"Bij";"2500,00";"Overschrijving";"Naam: ACME BV Omschrijving: Salaris november IBAN: NL02ABNA0123456789";"3734,56";""',
      '"20261105";"Eneco";"NL20INGB0001234567";"NL44RABO0123456789";"IC";"Af";"1100,00";"Incasso";"Naam: Eneco Omschrijving: Termijnbedrag";"1234,56";""',
    ));
    const statement = only(json);
    expect(rows(json)).toEqual([
      ["2026-11-24", "-23.45", "Albert Heijn 1234"],
      ["2026-11-20", "2500.00", "ACME BV"],
      ["2026-11-05", "-1100.00", "Eneco"],
    ]);
    expect(statement.account.iban).toBe("NL20INGB0001234567");
    expect(statement.account.currency).toBe("EUR");
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
  });

  it("ING (NL), older comma-separated export without balance", async () => {
    const json = await parseBoth(crlf(
      '"Datum","Naam / Omschrijving","Rekening","Tegenrekening","Code","Af Bij","Bedrag (EUR)","MutatieSoort","Mededelingen"',
      '"20261124","Albert Heijn 1234","NL20INGB0001234567","","BA","Af","23,45","Betaalautomaat","Pasvolgnr 001"',
      '"20261120","ACME BV","NL20INGB0001234567","NL02ABNA0123456789","OV","Bij","2.500,00","Overschrijving","Salaris november"',
    ));
    expect(rows(json).map(([date, amount]) => [date, amount])).toEqual([["2026-11-24", "-23.45"], ["2026-11-20", "2500.00"]]);
  });

  it("ABN AMRO: tab-separated, no header: account, currency, date, balance before, balance after, value date, amount, text", async () => {
    const json = await parseBoth(lf(
      "123456789\tEUR\t20261105\t2334,56\t1234,56\t20261105\t-1100,00\tSEPA Incasso algemeen doorlopend Incassant: NL12ZZZ123 Naam: Eneco",
      "123456789\tEUR\t20261120\t1234,56\t3734,56\t20261120\t2500,00\tSEPA Overboeking IBAN: NL44RABO0123456789 Naam: ACME BV Omschrijving: Salaris",
      "123456789\tEUR\t20261124\t3734,56\t3711,11\t20261124\t-23,45\tBEA   NR:AB1234   24.11.26/14.02 ALBERT HEIJN 1234,PAS123",
    ));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.date, t.amount, t.currency])).toEqual([
      ["2026-11-05", "-1100.00", "EUR"], ["2026-11-20", "2500.00", "EUR"], ["2026-11-24", "-23.45", "EUR"],
    ]);
    expect(statement.transactions[2]!.label).toMatch(/ALBERT HEIJN/);
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
  });

  it("Belfius: search-criteria preamble, 'Rekening' repeating the own IBAN, Naam tegenpartij bevat, Bedrag/Devies", async () => {
    const json = await parseBoth(encode(crlf(
      "Boekingsdatum vanaf;01/11/2026",
      "Boekingsdatum tot en met;24/11/2026",
      "Bedrag vanaf;",
      "Bedrag tot en met;",
      "Rekeninguittrekselnummer vanaf;",
      "Rekeninguittrekselnummer tot en met;",
      "Mededeling;",
      "Naam tegenpartij bevat;",
      "Rekening tegenpartij;",
      "Laatste saldo;3.711,11 EUR",
      "Datum/uur van het laatste saldo;24/11/2026 23:59:59",
      "",
      "Rekening;Boekingsdatum;Rekeninguittrekselnummer;Transactienummer;Rekening tegenpartij;Naam tegenpartij bevat;Straat en nummer;Postcode en plaats;Transactie;Valutadatum;Bedrag;Devies;BIC;Landcode;Mededelingen",
      "BE68 5390 0754 7034;24/11/2026;11;0123;;AMAZON EU;;;BETALING MET DEBETKAART NUMMER 1234 AMAZON EU 23/11;24/11/2026;-23,45;EUR;;;",
      "BE68 5390 0754 7034;20/11/2026;11;0122;BE71 0961 2345 6769;ACME NV;Straat 1;1000 Brussel;EUROPESE OVERSCHRIJVING VAN ACME NV;20/11/2026;2.500,00;EUR;GKCCBEBB;BE;Loon november",
    ), "windows-1252"));
    const statement = only(json);
    expect(rows(json).map(([date, amount]) => [date, amount])).toEqual([["2026-11-24", "-23.45"], ["2026-11-20", "2500.00"]]);
    expect(statement.account.iban).toBe("BE68539007547034");
    expect(statement.transactions[1]!.payee ?? statement.transactions[1]!.label).toMatch(/ACME NV/);
  });
});

describe("unseen CSV exports: Nordics", () => {
  it("Nordea (SE): ISO dates, decimal comma, 'Reserverat' rows are pending", async () => {
    const json = await parseBoth(encode(crlf(
      "Bokföringsdag;Belopp;Avsändare;Mottagare;Namn;Rubrik;Saldo;Valuta",
      "Reserverat;-12,00;;;;Kortköp SL ACCESS;;SEK",
      "2026-11-24;-23,45;;;;Kortköp 261123 ICA NARA STOCKHOLM;3711,11;SEK",
      "2026-11-20;2500,00;;;;Lön ACME AB;3734,56;SEK",
    ), "utf-8-bom"));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.date, t.amount, t.pending, t.currency])).toEqual([
      ["2026-11-24", "-23.45", false, "SEK"],
      ["2026-11-20", "2500.00", false, "SEK"],
      ["2026-11-24", "-12.00", true, "SEK"],
    ]);
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
  });

  it("Danske Bank (DK): dotted dates, dot grouping, Status and Afstemt columns", async () => {
    const json = await parseBoth(encode(crlf(
      '"Dato";"Tekst";"Beløb";"Saldo";"Status";"Afstemt"',
      '"24.11.2026";"Dankort-nota NETTO 1234";"-23,45";"3.711,11";"Udført";"Nej"',
      '"20.11.2026";"Løn ACME A/S";"2.500,00";"3.734,56";"Udført";"Nej"',
      '"05.11.2026";"BS Betaling ØRSTED";"-1.100,00";"1.234,56";"Udført";"Nej"',
    ), "windows-1252"));
    const statement = only(json);
    expect(rows(json)).toEqual([
      ["2026-11-24", "-23.45", "Dankort-nota NETTO 1234"], ["2026-11-20", "2500.00", "Løn ACME A/S"], ["2026-11-05", "-1100.00", "BS Betaling ØRSTED"],
    ]);
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
  });

  it("Swedbank (SE): '*' title line, Radnummer/Clearingnummer columns, booking and transaction days", async () => {
    const json = await parseBoth(encode(crlf(
      "* Transaktioner Period 2026-11-01 – 2026-11-24 Skapad 2026-11-25 10:00 CET",
      "Radnummer,Clearingnummer,Kontonummer,Produkt,Valuta,Bokföringsdag,Transaktionsdag,Valutadag,Referens,Beskrivning,Belopp,Bokfört saldo",
      '1,8327-9,1234567890,Privatkonto,SEK,2026-11-24,2026-11-23,2026-11-24,"ICA NARA","KORTKÖP 261123 ICA NARA",-23.45,3711.11',
      '2,8327-9,1234567890,Privatkonto,SEK,2026-11-20,2026-11-20,2026-11-20,"LÖN","ACME AB LÖN",2500.00,3734.56',
      '3,8327-9,1234567890,Privatkonto,SEK,2026-11-05,2026-11-05,2026-11-05,"VATTENFALL","AUTOGIRO VATTENFALL",-1100.00,1234.56',
    ), "utf-8"));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.date, t.amount, t.currency])).toEqual([
      ["2026-11-24", "-23.45", "SEK"], ["2026-11-20", "2500.00", "SEK"], ["2026-11-05", "-1100.00", "SEK"],
    ]);
    expect(statement.transactions[0]!.label).toMatch(/ICA NARA/);
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
  });
});

describe("unseen CSV exports: Southern Europe", () => {
  it("Santander (ES): account preamble, amounts and balances with an ' EUR' suffix, dot grouping", async () => {
    const json = await parseBoth(encode(crlf(
      "Número de Cuenta:;ES91 2100 0418 4502 0005 1332",
      "Titular:;JUAN GARCIA",
      "",
      "Fecha Operación;Fecha Valor;Concepto;Importe;Saldo",
      "24/11/2026;24/11/2026;COMPRA TARJ. 5540XXXXXXXX1234 AMAZON;-23,45 EUR;3.711,11 EUR",
      "20/11/2026;20/11/2026;NOMINA ACME SA;2.500,00 EUR;3.734,56 EUR",
      "05/11/2026;05/11/2026;RECIBO IBERDROLA;-1.100,00 EUR;1.234,56 EUR",
    ), "windows-1252"));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.date, t.amount, t.currency])).toEqual([
      ["2026-11-24", "-23.45", "EUR"], ["2026-11-20", "2500.00", "EUR"], ["2026-11-05", "-1100.00", "EUR"],
    ]);
    expect(statement.account.iban).toBe("ES9121000418450200051332");
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
  });

  it("BBVA: 'F.Valor', 'Movimiento' text, 'Disponible' balance, two Divisa columns", async () => {
    const json = await parseBoth(encode(crlf(
      "Fecha;F.Valor;Concepto;Movimiento;Importe;Divisa;Disponible;Divisa;Observaciones",
      "24/11/2026;24/11/2026;AMAZON.ES COMPRAS;Pago con tarjeta;-23,45;EUR;3.711,11;EUR;",
      "20/11/2026;20/11/2026;ACME SA;Nómina;2.500,00;EUR;3.734,56;EUR;NOMINA NOVIEMBRE",
    ), "windows-1252"));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.date, t.valueDate, t.amount, t.currency])).toEqual([
      ["2026-11-24", "2026-11-24", "-23.45", "EUR"], ["2026-11-20", "2026-11-20", "2500.00", "EUR"],
    ]);
    expect(statement.transactions[0]!.label).toMatch(/AMAZON\.ES/);
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
  });

  it("Intesa Sanpaolo: Accrediti before Addebiti, extended description", async () => {
    const json = await parseBoth(crlf(
      "Data contabile;Data valuta;Descrizione;Accrediti;Addebiti;Descrizione estesa",
      "24/11/2026;24/11/2026;Pagamento POS;;-23,45;PAGAMENTO POS AMAZON EU 23/11/2026 CARTA 1234",
      "20/11/2026;20/11/2026;Stipendio;2.500,00;;BONIFICO A VOSTRO FAVORE DA ACME SPA STIPENDIO",
      "05/11/2026;05/11/2026;Addebito SDD;;-1.100,00;ADDEBITO DIRETTO ENEL ENERGIA",
    ));
    expect(rows(json).map(([date, amount]) => [date, amount])).toEqual([["2026-11-24", "-23.45"], ["2026-11-20", "2500.00"], ["2026-11-05", "-1100.00"]]);
  });

  it("UniCredit: 'Data Registrazione', 'Importo (EUR)', dotted dates", async () => {
    const json = await parseBoth(crlf(
      "Data Registrazione;Data valuta;Descrizione;Importo (EUR)",
      "24.11.2026;24.11.2026;PAGAMENTO POS AMAZON EU 23.11.2026;-23,45",
      "20.11.2026;20.11.2026;BONIFICO SEPA DA ACME SPA;2.500,00",
    ));
    const statement = only(json);
    expect(rows(json)).toEqual([["2026-11-24", "-23.45", "PAGAMENTO POS AMAZON EU 23.11.2026"], ["2026-11-20", "2500.00", "BONIFICO SEPA DA ACME SPA"]]);
    expect(statement.account.currency).toBe("EUR");
  });
});

describe("unseen CSV exports: fintechs", () => {
  it("Revolut: timestamps in date cells, completed date is the booking day, pending row without one, Fee column", async () => {
    const json = await parseBoth(lf(
      "Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance",
      "TOPUP,Current,2026-11-20 09:00:00,2026-11-20 09:00:05,Top-Up by *1234,500.00,0.00,EUR,COMPLETED,734.56",
      "CARD_PAYMENT,Current,2026-11-23 14:02:11,2026-11-24 09:12:00,Amazon,-23.45,0.00,EUR,COMPLETED,711.11",
      "CARD_PAYMENT,Current,2026-11-25 10:00:00,,Uber,-12.00,0.00,EUR,PENDING,",
    ));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.date, t.amount, t.label, t.pending])).toEqual([
      ["2026-11-20", "500.00", "Top-Up by *1234", false],
      ["2026-11-24", "-23.45", "Amazon", false],
      // Not completed yet: dated by the day it started.
      ["2026-11-25", "-12.00", "Uber", true],
    ]);
    expect(statement.account.currency).toBe("EUR");
    expect(statement.closingBalance).toEqual({ amount: "711.11", date: "2026-11-24" });
  });

  it("N26: quoted cells, 'Amount (EUR)' next to a foreign amount, Payee column", async () => {
    const json = await parseBoth(lf(
      '"Date","Payee","Account number","Transaction type","Payment reference","Amount (EUR)","Amount (Foreign Currency)","Type Foreign Currency","Exchange Rate"',
      '"2026-11-24","Amazon","","MasterCard Payment","","-23.45","-23.45","EUR","1.0"',
      '"2026-11-22","Pret A Manger","","MasterCard Payment","","-5.72","-4.95","GBP","1.1556"',
      '"2026-11-20","ACME GmbH","DE70500105171234567890","Income","Gehalt November","2500.0","","",""',
    ));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.date, t.amount, t.currency])).toEqual([
      ["2026-11-24", "-23.45", "EUR"], ["2026-11-22", "-5.72", "EUR"], ["2026-11-20", "2500.00", "EUR"],
    ]);
    expect(statement.transactions.map((t) => t.payee ?? t.label)).toEqual(["Amazon", "Pret A Manger", "ACME GmbH"]);
  });

  it("Wise: 'TransferWise ID' references, dd-mm-yyyy dates, running balance, many empty columns", async () => {
    const json = await parseBoth(lf(
      '"TransferWise ID",Date,Amount,Currency,Description,"Payment Reference","Running Balance","Exchange From","Exchange To","Exchange Rate","Payer Name","Payee Name","Payee Account Number",Merchant,"Card Last Four Digits","Card Holder Full Name",Attachment,Note,"Total fees"',
      'CARD-123456789,24-11-2026,-23.45,EUR,"Card transaction of 23.45 EUR issued by Amazon",,711.11,,,,,,,Amazon,1234,"John Doe",,,0.00',
      'TRANSFER-987654321,20-11-2026,500.00,EUR,"Received money from John Doe with reference ",,734.56,,,,"John Doe",,,,,,,,0.00',
    ));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.date, t.amount, t.externalId])).toEqual([
      ["2026-11-24", "-23.45", "CARD-123456789"], ["2026-11-20", "500.00", "TRANSFER-987654321"],
    ]);
    expect(statement.account.currency).toBe("EUR");
    expect(statement.closingBalance).toEqual({ amount: "711.11", date: "2026-11-24" });
  });
});

describe("unseen CSV exports: encodings and signs", () => {
  it("UTF-16LE with BOM, tab-separated (Excel 'Unicode text'), accents intact", async () => {
    const json = await parseBoth(encode("Datum\tOmschrijving\tBedrag\r\n24-11-2026\tCafé Ñandú\t-3,20\r\n20-11-2026\tSalaris\t2.500,00\r\n", "utf-16le"));
    expect(json.encoding).toBe("utf-16le");
    expect(rows(json)).toEqual([["2026-11-24", "-3.20", "Café Ñandú"], ["2026-11-20", "2500.00", "Salaris"]]);
  });

  it("trailing minus ('12,50-') and '+' signs, as SAP-style exports write them", async () => {
    const json = await parseBoth(crlf(
      "Buchungsdatum;Text;Betrag;Währung",
      "24.11.2026;Kartenzahlung REWE;12,50-;EUR",
      "20.11.2026;Gehalt;2.500,00+;EUR",
      "05.11.2026;Miete;1.100,00-;EUR",
    ));
    expect(rows(json).map(([date, amount]) => [date, amount])).toEqual([["2026-11-24", "-12.50"], ["2026-11-20", "2500.00"], ["2026-11-05", "-1100.00"]]);
  });

  it("negative amounts in parentheses with a currency symbol", async () => {
    const json = await parseBoth(lf(
      "Date,Description,Amount",
      '11/24/2026,AMAZON,"($23.45)"',
      '11/20/2026,PAYROLL,"$2,500.00"',
      '11/05/2026,RENT,"($1,100.00)"',
    ));
    expect(rows(json).map(([date, amount]) => [date, amount])).toEqual([["2026-11-24", "-23.45"], ["2026-11-20", "2500.00"], ["2026-11-05", "-1100.00"]]);
  });

  it("dates like 24-Nov-2026, a trailing totals row and an empty trailing column are handled", async () => {
    const json = await parseBoth(crlf(
      "Date,Narrative,Debit,Credit,",
      "24-Nov-2026,CARD PAYMENT AMAZON,23.45,,",
      "20-Nov-2026,SALARY ACME,,2500.00,",
      "05-Nov-2026,DIRECT DEBIT EDF,1100.00,,",
      "Total,,1123.45,2500.00,",
    ));
    const statement = only(json);
    expect(rows(json)).toEqual([
      ["2026-11-24", "-23.45", "CARD PAYMENT AMAZON"], ["2026-11-20", "2500.00", "SALARY ACME"], ["2026-11-05", "-1100.00", "DIRECT DEBIT EDF"],
    ]);
    expect(statement.transactions).toHaveLength(3);
  });
});
