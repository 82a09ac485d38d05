/**
 * Every CSV in ../shared/fixtures/csv, parsed (presets and detection as in production) and checked against the
 * facts its row in fixtures/SOURCES.md gives. Sums are of our output; where our sign differs from the file's
 * (debit columns, D/C indicators, inverted card signs) the comment says why.
 */
import { describe, expect, it } from "vitest";
import { listFixtures } from "../../../helpers/fixtures";
import { amounts, CANONICAL_AMOUNT, ISO_DAY, parseFixture, sumOf } from "./helpers";

describe("CSV fixtures (SOURCES.md facts)", () => {
  it("covers every file in fixtures/csv and each one yields well-formed transactions", () => {
    const files = listFixtures("csv");
    expect(files).toHaveLength(24);
    for (const file of files) {
      const { statement } = parseFixture(file);
      expect(statement.transactions.length, file).toBeGreaterThan(0);
      for (const t of statement.transactions) {
        expect(t.amount, file).toMatch(CANONICAL_AMOUNT);
        expect(t.date, file).toMatch(ISO_DAY);
        if (t.valueDate !== null) expect(t.valueDate, file).toMatch(ISO_DAY);
      }
    }
  });

  it("Sparkasse (DE): 1 transaction, 22.02.18 (two-digit year), -36.99 EUR, Vodafone payee", () => {
    const { statement } = parseFixture("bank2ynab__20180226-1000594757-umsatz.CSV");
    expect(statement.transactions).toMatchObject([{ date: "2018-02-22", valueDate: "2018-02-22", amount: "-36.99", currency: "EUR", payee: "Vodafone Kabel DeutschlandGmbH", memo: "FOLGELASTSCHRIFT" }]);
    expect(statement.transactions[0]!.label).toContain("SVWZ+02/2018");
    expect(statement.account.number).toBe("1000594757");
  });

  it("Rabobank (NL): ISO-8859-1, CR CR LF, a row missing its opening quote; 3 transactions and the closing balance", () => {
    const { result, statement } = parseFixture("bank2ynab__CSV_A_20180414_112204.csv");
    expect(result.encoding).toBe("windows-1252");
    expect(amounts(statement)).toEqual(["-337.49", "50.00", "-750.00"]);
    expect(statement.account).toMatchObject({ iban: "NL77RABO0311467415", currency: "EUR" });
    expect(statement.closingBalance).toEqual({ amount: "12334.53", date: "2018-03-16" });
    expect(statement.transactions[1]!.payee).toBe("Nederlandse Loterij Organisatie B.V.");
  });

  it("John Lewis card (UK): 13 rows, 3 Pending ones dated on the last day; charges out, the CR payment in", () => {
    const { result, statement } = parseFixture("bank2ynab__MS_JANE_SMITH_01-12-2019_14-12-2019.csv");
    const txs = statement.transactions;
    expect(txs).toHaveLength(13);
    expect(txs.filter((t) => t.pending)).toHaveLength(3);
    expect(txs.every((t) => t.pending ? t.date === "2019-12-12" : t.date >= "2019-12-02" && t.date <= "2019-12-12")).toBe(true);
    expect(txs.find((t) => t.label.startsWith("ROYAL LONDON"))!.amount).toBe("-1183.23");
    expect(txs.find((t) => t.label.startsWith("PAYMENT RECEIVED"))!.amount).toBe("1100.00");
    expect(sumOf(amounts(statement))).toBe("-399.99"); // 1,499.99 of charges, 1,100.00 paid
    expect(statement.account).toMatchObject({ currency: "GBP", type: "card" });
    expect(result.warnings.some((w) => /pending/.test(w.message))).toBe(true);
  });

  it("Raiffeisenbank (CZ): windows-1250 headers, 1 transaction of -1.00 CZK with its id and memo", () => {
    const { result, statement } = parseFixture("bank2ynab__Movements_1234512345_201805271848.csv");
    expect(result.encoding).toBe("windows-1250");
    expect(statement.transactions).toMatchObject([{ date: "2018-05-27", amount: "-1.00", currency: "CZK", label: "Memo for me test", externalId: "3228446118", bankCategory: "Platba" }]);
    expect(statement.account.number).toBe("123456789/1234");
  });

  it("OCBC (SG): preamble skipped, continuation rows joined to the description, 8 withdrawals = -173.28 SGD", () => {
    const { statement } = parseFixture("bank2ynab__TransactionHistory_20180418043121.csv");
    const txs = statement.transactions;
    expect(txs).toHaveLength(8);
    expect(txs.every((t) => t.amount.startsWith("-") && t.currency === "SGD")).toBe(true);
    expect(sumOf(amounts(statement))).toBe("-173.28");
    expect(txs.map((t) => t.date).sort()).toEqual(expect.arrayContaining(["2018-04-13", "2018-04-18"]));
    expect(txs[0]!.label).toBe("DEBIT PURCHASE 15/04/18  66-6666 UBER EATS AN2GO HELP.UBERh");
  });

  it("Erste (HU): 2019.04.19. dates, integer HUF amounts, balance of the latest day", () => {
    const { statement } = parseFixture("bank2ynab__W80844_EBH_201945.202122.csv");
    expect(statement.transactions.map((t) => [t.date, t.amount, t.currency])).toEqual([["2019-04-19", "-350.00", "HUF"], ["2019-04-17", "1290.00", "HUF"]]);
    expect(statement.closingBalance).toEqual({ amount: "2345.56", date: "2019-04-19" });
  });

  it("KBC (BE): padded fields, the signed Bedrag read, Saldo as closing balance", () => {
    const { statement } = parseFixture("bank2ynab__export_BE11123456789012_20180304_1422.csv");
    expect(statement.transactions).toMatchObject([{ date: "2018-02-28", amount: "-3.40", currency: "EUR" }]);
    expect(statement.closingBalance).toEqual({ amount: "219.95", date: "2018-02-28" });
    expect(statement.account.iban).toBe("BE11123456789012");
  });

  it("Raiffeisen ELBA (AT, .dat): pipe-separated, account record skipped, 11 debits = -6152.22 EUR", () => {
    const { statement } = parseFixture("bank2ynab__kta_ei.dat");
    const txs = statement.transactions;
    expect(txs).toHaveLength(11);
    expect(txs.every((t) => t.amount.startsWith("-") && t.currency === "EUR")).toBe(true);
    expect(sumOf(amounts(statement))).toBe("-6152.22");
    expect(txs[0]!.date).toBe("2019-03-11");
    expect(txs.at(-1)!.date).toBe("2019-03-13");
    expect(txs.find((t) => t.amount === "-227.73")!.memo).toContain("Empfänger-Kennung");
  });

  it("Bank of Ireland: 27 rows, debits 4260.83 out and credits 3841.22 in", () => {
    const { statement } = parseFixture("bank2ynab__test_BOI_TransactionExport.csv");
    const txs = statement.transactions;
    expect(txs).toHaveLength(27);
    expect(sumOf(txs.filter((t) => t.amount.startsWith("-")).map((t) => t.amount))).toBe("-4260.83");
    expect(sumOf(txs.filter((t) => !t.amount.startsWith("-")).map((t) => t.amount))).toBe("3841.22");
    expect(txs[0]!.date).toBe("2017-09-01");
    expect(txs.at(-1)!.date).toBe("2017-09-28");
    expect(txs[1]!.label).toBe("Éáú üüüümlaut!     GP");
  });

  it("Swedbank (LT, .xls that is CSV): 13 type-20 rows, D/K flags, opening and closing balance records", () => {
    const { statement } = parseFixture("bank2ynab__test_swedebank_statement.xls");
    const txs = statement.transactions;
    expect(txs).toHaveLength(13);
    expect(sumOf(txs.filter((t) => t.amount.startsWith("-")).map((t) => t.amount))).toBe("-284.70");
    expect(sumOf(txs.filter((t) => !t.amount.startsWith("-")).map((t) => t.amount))).toBe("2863.63");
    expect(statement.openingBalance).toEqual({ amount: "10374.04", date: "2014-10-01" });
    expect(statement.closingBalance).toEqual({ amount: "12952.97", date: "2014-10-06" });
    expect(statement.account).toMatchObject({ iban: "LT357300000000000000", currency: "LTL" }); // litas: withdrawn, still in the file
  });

  it("Banco do Brasil: 23 data rows = the 'Saldo Anterior' opening balance + 22 transactions; 905.00 in all", () => {
    const { statement } = parseFixture("reckon__extratofake.csv");
    expect(statement.transactions).toHaveLength(22);
    expect(statement.openingBalance).toEqual({ amount: "100.00", date: "2012-10-31" });
    expect(sumOf([...amounts(statement), statement.openingBalance!.amount])).toBe("905.00");
    expect(statement.transactions[0]!.date).toBe("2012-11-01"); // mm/dd/yyyy
  });

  it("reckon some_other: no header, parentheses negatives, '$.23', a CREDIT row with a negative amount kept as signed", () => {
    const { statement } = parseFixture("reckon__some_other.csv");
    const txs = statement.transactions;
    expect(txs).toHaveLength(9);
    expect([txs[1]!.amount, txs[4]!.amount, txs[7]!.amount]).toEqual(["-20.00", "1558.52", "-116.22"]);
    expect(txs[5]!.amount).toBe("0.23");
    expect(txs[0]!.date).toBe("2011-12-24"); // yyyy/mm/dd
    expect(sumOf(amounts(statement))).toBe("6954.57");
  });

  it("Nationwide (UK): no header, paid out / paid in, rows out of date order, final balance £360.23", () => {
    const { statement } = parseFixture("reckon__nationwide.csv");
    expect(amounts(statement)).toEqual(["500.00", "-20.00", "-19.77", "-100.00"]);
    expect(statement.closingBalance).toEqual({ amount: "360.23", date: "2013-12-10" });
    expect(statement.account.currency).toBe("GBP");
  });

  it("Nordea (DK): no header, dd-mm-yyyy, decimal comma, first -48.00 and one credit of 497.90", () => {
    const { statement } = parseFixture("reckon__danish_kroner_nordea_example.csv");
    const txs = statement.transactions;
    expect(txs).toHaveLength(6);
    expect(txs[0]).toMatchObject({ date: "2012-11-16", amount: "-48.00", currency: "DKK" });
    expect(txs.filter((t) => !t.amount.startsWith("-")).map((t) => t.amount)).toEqual(["497.90"]);
    expect(statement.closingBalance).toEqual({ amount: "26550.33", date: "2012-11-16" });
  });

  it("invalid_header_example (FR): not invalid for us: the preamble is skipped and the header on line 4 found", () => {
    const { result, statement } = parseFixture("reckon__invalid_header_example.csv");
    expect(statement.transactions.map((t) => [t.date, t.amount, t.currency])).toEqual([["2016-02-19", "50.00", "EUR"], ["2016-02-18", "-8.10", "EUR"]]);
    expect(statement.transactions[1]!.label).toContain("COTISATION JAZZ");
    expect(result.warnings).toEqual([]);
  });

  it("inversed credit card (NZ): purchases positive in the file are read as money out (strong-evidence heuristic)", () => {
    const { result, statement } = parseFixture("reckon__inversed_credit_card.csv");
    const txs = statement.transactions;
    expect(txs).toHaveLength(16);
    // The file's own sum is -187.01 (purchases minus payments); inverted, the card spent 187.01 net.
    expect(sumOf(amounts(statement))).toBe("187.01");
    expect(txs[0]).toMatchObject({ date: "2013-01-17", valueDate: "2013-01-16", amount: "-30.00" });
    expect(txs[3]!.amount).toBe("500.00");
    expect(statement.account.type).toBe("card");
    expect(result.warnings.some((w) => /inverted/.test(w.message))).toBe(true);
  });

  it("Venmo multi-line field: 2 records over 5 lines, one transaction of -21.59 (Lyft)", () => {
    const { statement } = parseFixture("reckon__multi-line-field.csv");
    expect(statement.transactions).toHaveLength(1);
    expect(statement.transactions[0]).toMatchObject({ date: "2002-09-10", amount: "-21.59" });
    expect(statement.transactions[0]!.label).toContain("Lyft, Inc");
  });

  it("Livebank (AT): ragged rows, 5.000,00, zero-amount notices skipped: 3 transactions, 5050.00 net", () => {
    const { result, statement } = parseFixture("ofxstatement-austrian__livebank.csv");
    expect(result.encoding).toBe("windows-1252");
    expect(amounts(statement)).toEqual(["150.00", "-100.00", "5000.00"]);
    expect(statement.account.number).toBe("12345678");
  });

  it("ING-DiBa (AT): Soll/Haben columns, thousands dot: Soll 1534.56 out, Haben 542.53 in", () => {
    const { statement } = parseFixture("ofxstatement-austrian__ing-diba.csv");
    const txs = statement.transactions;
    expect(txs).toHaveLength(6);
    expect(sumOf(txs.filter((t) => t.amount.startsWith("-")).map((t) => t.amount))).toBe("-1534.56");
    expect(sumOf(txs.filter((t) => !t.amount.startsWith("-")).map((t) => t.amount))).toBe("542.53");
    expect(txs.find((t) => t.label === "Auszahlung - XXX")!.amount).toBe("-1500.00");
    expect(statement.account).toMatchObject({ number: "12345678001", currency: "EUR" });
  });

  it("Knab (NL): preamble line, C/D column gives the sign: 28 transactions, net 7.01", () => {
    const { statement } = parseFixture("ofxstatement-dutch__Knab_transactieoverzicht_ok.csv");
    const txs = statement.transactions;
    expect(txs).toHaveLength(28);
    expect(sumOf(amounts(statement))).toBe("7.01");
    expect(txs.map((t) => t.date).sort()[0]).toBe("2019-01-07");
    expect(txs[0]).toMatchObject({ amount: "-827.75", externalId: "B9F21PGYA068V2KD" });
    expect(statement.account.iban).toBe("NL99KNAB9999999999");
    expect(statement.closingBalance).toBeNull();
  });

  it("ASN (NL): no header, balance BEFORE each row: opening 130.44, closing 84.24, first +223.77", () => {
    const { statement } = parseFixture("ofxstatement-dutch__transactie-historie_NL00ASNB9999999999_20220717204133.csv");
    const txs = statement.transactions;
    expect(txs).toHaveLength(11);
    expect(txs[0]).toMatchObject({ date: "2022-06-17", amount: "223.77", externalId: "51392971" });
    expect(statement.openingBalance).toEqual({ amount: "130.44", date: "2022-06-17" });
    expect(statement.closingBalance).toEqual({ amount: "84.24", date: "2022-07-11" });
    expect(txs[1]!.memo).toMatch(/^0+ 1111111111111111 Betaling aan ICS/); // the quote guard '…' removed
    expect(txs.filter((t) => t.externalId === null)).toHaveLength(7); // placeholder references 00000000
    expect(statement.account.iban).toBe("NL00ASNB9999999999");
  });

  it("UBS (CH): Débit/Crédit columns, apostrophe thousands, dates out of order: closing balance of the latest day", () => {
    const { statement } = parseFixture("csv2ofx__ubs-ch-fr_trimmed.csv");
    expect(statement.transactions.map((t) => [t.date, t.amount])).toEqual([["2019-03-31", "-10.00"], ["2019-02-28", "240.00"], ["2019-04-27", "-200.00"]]);
    expect(statement.closingBalance).toEqual({ amount: "11413.94", date: "2019-04-27" });
    expect(statement.transactions[0]!.externalId).toBe("A01234BC01234567");
    expect(statement.account).toMatchObject({ number: "0123 45678901.23A", currency: "CHF" });
  });

  it("credit union: CR-only line endings, m/d/yy dates, integer amounts, check numbers", () => {
    const { statement } = parseFixture("csv2ofx__creditunion.csv");
    const txs = statement.transactions;
    expect(txs).toHaveLength(8);
    expect(txs.map((t) => t.checkNumber)).toEqual(["INV-1", "INV-2", "INV-3", "INV-4", "INV-5", "INV-6", "INV-7", "INV-8"]);
    expect(txs[0]).toMatchObject({ date: "2015-02-08", amount: "50000.00", label: "Ằdøłƥh Noƴa", bankCategory: "Expenses" });
    expect(txs[2]!.date).toBe("2015-02-24");
    expect(sumOf(amounts(statement))).toBe("465000.00");
  });

  it("GLS (DE): 14 purpose columns joined, -98.76 EUR, Kontostand 1.234,56", () => {
    const { result, statement } = parseFixture("csv2ofx__gls.csv");
    expect(result.encoding).toBe("windows-1252");
    expect(statement.transactions).toMatchObject([{ date: "2017-10-10", amount: "-98.76", currency: "EUR", payee: "Drillisch Online AG", label: "B4658645 U123456789 B123456 987 SIMply Rechnung" }]);
    expect(statement.closingBalance).toEqual({ amount: "1234.56", date: "2017-10-10" });
  });
});
