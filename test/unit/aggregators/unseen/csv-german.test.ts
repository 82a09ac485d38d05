/**
 * CSV exports of German-speaking banks we have no fixture for: account-info preambles, semicolons, decimal
 * commas with dot grouping, Soll/Haben columns or indicators, "€"/"EUR" in amounts, windows-1252 text.
 */
import { describe, expect, it } from "vitest";
import { crlf, encode, only, parseBoth, rows } from "./helpers";

describe("unseen CSV exports: Germany, Switzerland", () => {
  it("ING (DE): long preamble with IBAN and Saldo, 'Buchung' date, Betrag/Währung pairs, windows-1252", async () => {
    const json = await parseBoth(encode(crlf(
      "Umsatzanzeige;Datei erstellt am: 25.11.2026 10:15",
      "",
      "IBAN;DE70 5001 0517 1234 5678 90",
      "Kontoname;Girokonto",
      "Bank;ING",
      "Kunde;Max Mustermann",
      "Zeitraum;01.11.2026 - 25.11.2026",
      "Saldo;3.711,11;EUR",
      "",
      "Sortierung;Datum absteigend",
      "",
      "In der CSV-Datei finden Sie alle bereits gebuchten Umsätze. Die vorgemerkten Umsätze werden nicht aufgenommen, auch wenn sie in Ihrem Internetbanking angezeigt werden.",
      "",
      "Buchung;Valuta;Auftraggeber/Empfänger;Buchungstext;Verwendungszweck;Saldo;Währung;Betrag;Währung",
      "24.11.2026;24.11.2026;AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND;Lastschrift;Bestellung 302-1234567-1234567;3.711,11;EUR;-23,45;EUR",
      "20.11.2026;20.11.2026;ACME GmbH;Gehalt/Rente;Gehalt November 2026;3.734,56;EUR;2.500,00;EUR",
      "03.11.2026;01.11.2026;Bäckerei Müller;Lastschrift;Kartenzahlung girocard;1.234,56;EUR;-4,80;EUR",
    ), "windows-1252"));
    const statement = only(json);
    expect(json.encoding).toBe("windows-1252");
    expect(statement.transactions.map((t) => [t.date, t.valueDate, t.amount, t.currency])).toEqual([
      ["2026-11-24", "2026-11-24", "-23.45", "EUR"],
      ["2026-11-20", "2026-11-20", "2500.00", "EUR"],
      ["2026-11-03", "2026-11-01", "-4.80", "EUR"],
    ]);
    expect(statement.transactions[2]!.payee ?? statement.transactions[2]!.label).toMatch(/Bäckerei Müller/);
    expect(statement.account.iban).toBe("DE70500105171234567890");
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
  });

  it("Deutsche Bank: preamble, separate Soll and Haben columns (Soll negative), 'Kontostand' trailer row", async () => {
    const json = await parseBoth(encode(crlf(
      "Umsätze Girokonto;;;;;;;;;;;;;;;;;",
      "Kundennummer: 123 4567890;;;;;;;;;;;;;;;;;",
      "01.11.2026 - 24.11.2026;;;;;;;;;;;;;;;;;",
      "Letzter Kontostand;;;;2.611,11;EUR;;;;;;;;;;;;",
      "Vorgemerkte und noch nicht gebuchte Umsätze sind nicht Bestandteil dieser Übersicht.;;;;;;;;;;;;;;;;;",
      "Buchungstag;Wert;Umsatzart;Begünstigter / Auftraggeber;Verwendungszweck;IBAN;BIC;Kundenreferenz;Mandatsreferenz ;Gläubiger ID;Fremde Gebühren;Betrag;Abweichender Empfänger;Anzahl der Aufträge;Anzahl der Schecks;Soll;Haben;Währung",
      "24.11.2026;24.11.2026;Lastschrift;AMAZON EU S.A R.L.;Bestellung 302-1234567;LU07280019400644750000;BCEELULL;123456789;M-12345;DE12ZZZ00000012345;;;;;;-23,45;;EUR",
      "20.11.2026;20.11.2026;SEPA-Überweisung;ACME GmbH;Gehalt November;DE45120300001234567890;BYLADEM1001;;;;;;;;;;2.500,00;EUR",
      "03.11.2026;03.11.2026;Kartenzahlung;REWE Markt GmbH;REWE SAGT DANKE;;;;;;;;;;;-1.100,00;;EUR",
      "Kontostand;24.11.2026;;;2.611,11;EUR;;;;;;;;;;;;",
    ), "windows-1252"));
    const statement = only(json);
    expect(rows(json).map(([date, amount]) => [date, amount])).toEqual([["2026-11-24", "-23.45"], ["2026-11-20", "2500.00"], ["2026-11-03", "-1100.00"]]);
    expect(statement.transactions[0]!.payee ?? statement.transactions[0]!.label).toMatch(/AMAZON EU/);
    expect(statement.transactions.every((t) => t.currency === "EUR")).toBe(true);
    expect(statement.closingBalance).toEqual({ amount: "2611.11", date: "2026-11-24" });
  });

  it("Volksbank (VR): unsigned Umsatz and an S/H column, Anfangssaldo/Endsaldo rows at the end", async () => {
    const json = await parseBoth(encode(crlf(
      '"Buchungstag";"Valuta";"Auftraggeber/Zahlungsempfänger";"Empfänger/Zahlungspflichtiger";"Konto-Nr.";"IBAN";"BLZ";"BIC";"Vorgang/Verwendungszweck";"Kundenreferenz";"Währung";"Umsatz";" "',
      '"24.11.2026";"24.11.2026";"Max Mustermann";"AMAZON EU S.A R.L.";"";"LU07280019400644750000";"";"BCEELULL";"Basislastschrift\nBestellung 302-1234567";"";"EUR";"23,45";"S"',
      '"20.11.2026";"20.11.2026";"Max Mustermann";"ACME GmbH";"";"DE45120300001234567890";"";"BYLADEM1001";"Gutschrift\nGehalt November";"";"EUR";"2.500,00";"H"',
      '"03.11.2026";"03.11.2026";"Max Mustermann";"Stadtwerke Musterstadt";"";"DE70500105171234567890";"";"";"Dauerauftrag\nStrom";"";"EUR";"65,00";"S"',
      '"";"";"";"";"";"";"";"";"";"01.11.2026";"Anfangssaldo";"EUR";"1.234,56";"H"',
      '"";"";"";"";"";"";"";"";"";"24.11.2026";"Endsaldo";"EUR";"3.646,11";"H"',
    ), "windows-1252"));
    const statement = only(json);
    expect(rows(json).map(([date, amount]) => [date, amount])).toEqual([["2026-11-24", "-23.45"], ["2026-11-20", "2500.00"], ["2026-11-03", "-65.00"]]);
    // The balance rows sit one column right of the data (their date under Kundenreferenz): balances, not transactions.
    expect(statement.openingBalance).toEqual({ amount: "1234.56", date: "2026-11-01" });
    expect(statement.closingBalance).toEqual({ amount: "3646.11", date: "2026-11-24" });
  });

  it("comdirect: 'Neuer Kontostand' preamble, pending rows dated 'offen', 'Alter Kontostand' after the data", async () => {
    const json = await parseBoth(encode(crlf(
      ";",
      '"Umsätze Girokonto";"Zeitraum: 30 Tage";',
      '"Neuer Kontostand";"3.711,11 EUR";',
      ";",
      '"Buchungstag";"Wertstellung (Valuta)";"Vorgang";"Buchungstext";"Umsatz in EUR";',
      '"offen";"--";"Lastschrift / Belastung";"Auftraggeber: PayPal Europe Buchungstext: Ihr Einkauf bei Spotify";"-9,99";',
      '"24.11.2026";"24.11.2026";"Lastschrift / Belastung";"Auftraggeber: AMAZON EU S.A R.L. Buchungstext: Bestellung 302-1234567 Ref. 3M2C24D1I2345678/1";"-23,45";',
      '"20.11.2026";"20.11.2026";"Übertrag / Überweisung";"Auftraggeber: ACME GmbH Buchungstext: Gehalt November Ref. 1234";"2.500,00";',
      ";",
      '"Alter Kontostand";"1.234,56 EUR";',
    ), "windows-1252"));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.date, t.amount, t.pending])).toEqual([
      ["2026-11-24", "-23.45", false],
      ["2026-11-20", "2500.00", false],
      // 'offen' (open) rows have no booking day yet: shown on the statement's latest day, pending.
      ["2026-11-24", "-9.99", true],
    ]);
    expect(statement.account.currency).toBe("EUR");
    // "Neuer Kontostand" above the header is the closing balance; "Alter Kontostand" after the data the opening one,
    // both undated: the statement's last and first days.
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
    expect(statement.openingBalance).toEqual({ amount: "1234.56", date: "2026-11-20" });
  });

  it("DKB (2023 format): account line, 'Betrag (€)' with '€' and dot grouping, Status Gebucht/Vorgemerkt", async () => {
    const json = await parseBoth(encode(crlf(
      '"Girokonto";"DE45120300001234567890"',
      '""',
      '"Kontostand vom 24.11.2026:";"3.711,11 €"',
      '""',
      '"Buchungsdatum";"Wertstellung";"Status";"Zahlungspflichtige*r";"Zahlungsempfänger*in";"Verwendungszweck";"Umsatztyp";"IBAN";"Betrag (€)";"Gläubiger-ID";"Mandatsreferenz";"Kundenreferenz"',
      '"25.11.26";"25.11.26";"Vorgemerkt";"Max Mustermann";"Spotify AB";"Spotify P1234";"Ausgang";"SE3550000000054910000003";"-9,99 €";"";"";""',
      '"24.11.26";"24.11.26";"Gebucht";"Max Mustermann";"AMAZON EU S.A R.L.";"Bestellung 302-1234567";"Ausgang";"LU07280019400644750000";"-23,45 €";"LU96ZZZ0000000000000000058";"M-12345";""',
      '"20.11.26";"20.11.26";"Gebucht";"ACME GmbH";"Max Mustermann";"Gehalt November";"Eingang";"DE70500105171234567890";"2.500 €";"";"";""',
    ), "utf-8-bom"));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.date, t.amount, t.pending])).toEqual([
      ["2026-11-25", "-9.99", true],
      ["2026-11-24", "-23.45", false],
      ["2026-11-20", "2500.00", false],
    ]);
    expect(statement.account.iban).toBe("DE45120300001234567890");
    expect(statement.account.currency).toBe("EUR");
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
  });

  it("Commerzbank: signed Betrag, Währung column, IBAN Auftraggeberkonto is the account", async () => {
    const json = await parseBoth(crlf(
      "Buchungstag;Wertstellung;Umsatzart;Buchungstext;Betrag;Währung;Auftraggeberkonto;Bankleitzahl Auftraggeberkonto;IBAN Auftraggeberkonto;Kategorie",
      "24.11.2026;24.11.2026;Lastschrift;AMAZON EU S.A R.L. Bestellung 302-1234567 End-to-End-Ref.: 1234;-23,45;EUR;1234567;50010517;DE70500105171234567890;Shopping",
      "20.11.2026;20.11.2026;Gutschrift;ACME GmbH Gehalt November;2.500,00;EUR;1234567;50010517;DE70500105171234567890;Einnahmen",
      "03.11.2026;03.11.2026;Lastschrift;Stadtwerke Strom 11/2026;-65,00;EUR;1234567;50010517;DE70500105171234567890;Wohnen",
    ));
    const statement = only(json);
    expect(rows(json)).toEqual([
      ["2026-11-24", "-23.45", "AMAZON EU S.A R.L. Bestellung 302-1234567 End-to-End-Ref.: 1234"],
      ["2026-11-20", "2500.00", "ACME GmbH Gehalt November"],
      ["2026-11-03", "-65.00", "Stadtwerke Strom 11/2026"],
    ]);
    expect(statement.account.iban).toBe("DE70500105171234567890");
  });

  it("Postbank: amounts and balances with '€', Buchungsdetails text", async () => {
    const json = await parseBoth(encode(crlf(
      "Umsätze",
      "Name;Max Mustermann",
      "IBAN;DE70500105171234567890",
      "",
      "Buchungsdatum;Wertstellung;Umsatzart;Buchungsdetails;Auftraggeber;Empfänger;Betrag (€);Saldo (€)",
      "24.11.2026;24.11.2026;Lastschrift;Referenz 1234 Bestellung 302-1234567;Max Mustermann;AMAZON EU;-23,45 €;3.711,11 €",
      "20.11.2026;20.11.2026;Gutschrift;Gehalt November;ACME GmbH;Max Mustermann;2.500,00 €;3.734,56 €",
    ), "windows-1252"));
    const statement = only(json);
    expect(rows(json).map(([date, amount]) => [date, amount])).toEqual([["2026-11-24", "-23.45"], ["2026-11-20", "2500.00"]]);
    expect(statement.account.iban).toBe("DE70500105171234567890");
    expect(statement.account.currency).toBe("EUR");
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
  });

  it("PostFinance (CH): Gutschrift before Lastschrift (written negative), CHF headers, a disclaimer after the data", async () => {
    const json = await parseBoth(encode(crlf(
      "Buchungsart:;Alle Buchungen",
      "Konto:;CH740900000012345678",
      "Währung:;CHF",
      "Buchungsdatum;Avisierungstext;Gutschrift in CHF;Lastschrift in CHF;Valuta;Saldo in CHF",
      '24.11.2026;"KAUF/DIENSTLEISTUNG VOM 23.11.2026 KARTEN NR. XXXX1234 MIGROS BASEL";;-23.45;24.11.2026;3711.11',
      '20.11.2026;"GIRO AUS KONTO ACME AG LOHN NOVEMBER";2500.00;;20.11.2026;3734.56',
      '02.11.2026;"E-FINANCE KRANKENKASSE";;-1100.00;02.11.2026;1234.56',
      "",
      "Disclaimer:",
      "Dieser Kontoauszug wurde elektronisch erstellt und ist ohne Unterschrift gültig.",
    ), "windows-1252"));
    const statement = only(json);
    expect(rows(json).map(([date, amount]) => [date, amount])).toEqual([["2026-11-24", "-23.45"], ["2026-11-20", "2500.00"], ["2026-11-02", "-1100.00"]]);
    expect(statement.transactions[0]!.label).toMatch(/MIGROS BASEL/);
    expect(statement.account.iban).toBe("CH740900000012345678");
    expect(statement.account.currency).toBe("CHF");
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
  });

  it("UBS (DE): Belastung/Gutschrift columns, apostrophe grouping, ISO dates", async () => {
    const json = await parseBoth(crlf(
      "Kontonummer:;0235 00123456.01P;",
      "IBAN:;CH74 0900 0000 1234 5678;",
      "Von:;2026-11-01;",
      "Bis:;2026-11-24;",
      "Anfangssaldo:;1'234.56;",
      "Schlusssaldo:;3'711.11;",
      "Bewertet in:;CHF;",
      "",
      "Abschlussdatum;Abschlusszeit;Buchungsdatum;Valutadatum;Währung;Belastung;Gutschrift;Einzelbetrag;Saldo;Transaktions-Nr.;Beschreibung1;Beschreibung2;Beschreibung3;Fussnoten",
      "2026-11-24;14:02:11;2026-11-24;2026-11-24;CHF;-23.45;;;3'711.11;9930328TI1234567;Migros Basel;Kartenzahlung;;",
      "2026-11-20;09:00:00;2026-11-20;2026-11-20;CHF;;2'500.00;;3'734.56;9930324TI7654321;ACME AG;Lohn November;;",
    ));
    const statement = only(json);
    expect(rows(json).map(([date, amount]) => [date, amount])).toEqual([["2026-11-24", "-23.45"], ["2026-11-20", "2500.00"]]);
    expect(statement.account.currency).toBe("CHF");
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
  });
});
