/**
 * MT940 files we have no fixture for, written as German savings banks, Rabobank, ING, ABN AMRO and Czech banks
 * export them: ?-subfield :86:, SWIFT /KEY/ :86:, free text, :NS: blocks, {1:}{2:}{4: envelopes, -} trailers,
 * :61: with and without an entry date, a booking across the new year, leading-zero amounts, debit balances.
 */
import { describe, expect, it } from "vitest";
import { crlf, encode, lf, only, parseBoth } from "./helpers";

describe("unseen MT940 files", () => {
  it("German savings bank: BLZ/account, entry dates, ?-subfields with SEPA keywords split over ?2x lines, windows-1252", async () => {
    const json = await parseBoth(encode(crlf(
      ":20:STARTUMSE",
      ":25:50010517/1234567890",
      ":28C:00221/001",
      ":60F:C261123EUR1234,56",
      ":61:2611241124D23,45NDDTNONREF//POS 123456",
      ":86:105?00FOLGELASTSCHRIFT?100599?20EREF+302-1234567-1234567?21MREF+M-12345?22CRED+LU96ZZZ000000000000000",
      "0058?23SVWZ+302-1234567-1234567 Am?24azon.de?30BCEELULL?31LU072800194006447500",
      "00?32AMAZON EU S.A R.L., NIEDERL?33ASSUNG DEUTSCHLAND?34992",
      ":61:2611241124C2500,00NTRFNONREF",
      ":86:166?00GUTSCHR. ÜBERWEISUNG?109310?20EREF+NOTPROVIDED?21SVWZ+Gehalt November 2026?30BYLADEM1001?31DE45120300001234567890?32ACME GmbH",
      ":62F:C261124EUR3711,11",
      "-",
    ), "windows-1252"));
    const statement = only(json);
    expect(json.format).toBe("mt940");
    expect(statement.account).toMatchObject({ bankId: "50010517", number: "1234567890", currency: "EUR" });
    expect(statement.openingBalance).toEqual({ amount: "1234.56", date: "2026-11-23" });
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
    expect(statement.transactions.map((t) => [t.date, t.valueDate, t.amount, t.payee])).toEqual([
      ["2026-11-24", "2026-11-24", "-23.45", "AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND"],
      ["2026-11-24", "2026-11-24", "2500.00", "ACME GmbH"],
    ]);
    expect(statement.transactions[0]!.label).toContain("302-1234567-1234567 Amazon.de");
    expect(statement.transactions[1]!.label).toContain("Gehalt November 2026");
  });

  it("Rabobank: account with currency, leading-zero amounts, counterparty IBAN on the next line, /KEY/ details", async () => {
    const json = await parseBoth(crlf(
      ":940:",
      ":20:940S261124",
      ":25:NL44RABO0123456789 EUR",
      ":28C:26224",
      ":60F:C261123EUR000000001234,56",
      ":61:261124D000000000023,45N102EREF",
      "NL02ABNA0123456789",
      ":86:/EREF/302-1234567//MARF/M-12345/CSID/NL12ZZZ123456780000/NAME/Albert Heijn/REMI/Boodschappen 24-11/ISDT/2026-11-24",
      ":61:261124C000000002500,00N541EREF",
      "NL02ABNA0123456789",
      ":86:/EREF/NOTPROVIDED/BENM//NAME/ACME BV/REMI/Salaris november/ISDT/2026-11-24",
      ":62F:C261124EUR000000003711,11",
    ));
    const statement = only(json);
    expect(statement.account).toMatchObject({ iban: "NL44RABO0123456789", currency: "EUR" });
    expect(statement.openingBalance).toEqual({ amount: "1234.56", date: "2026-11-23" });
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
    expect(statement.transactions.map((t) => [t.date, t.amount, t.payee, t.label])).toEqual([
      ["2026-11-24", "-23.45", "Albert Heijn", "Boodschappen 24-11"],
      ["2026-11-24", "2500.00", "ACME BV", "Salaris november"],
    ]);
  });

  it("ING (NL): SWIFT envelope, /TRCD/ supplementary lines, bank references, a closing :86: summary that is not a transaction", async () => {
    const json = await parseBoth(crlf(
      "{1:F01INGBNL2ABXXX0000000000}",
      "{2:I940INGBNL2AXXXN}",
      "{4:",
      ":20:P261124000000001",
      ":25:NL20INGB0001234567EUR",
      ":28C:00000",
      ":60F:C261123EUR1234,56",
      ":61:261124C2500,00NTRFEREF//00000000001001",
      "/TRCD/00100/",
      ":86:/EREF/NOTPROVIDED//CNTP/NL02ABNA0123456789/ABNANL2A/ACME BV///REMI/USTD//Salaris november/",
      ":61:261124D23,45NDDTEREF//00000000001002",
      "/TRCD/01028/",
      ":86:/EREF/302-1234567//CNTP/LU07280019400644750000/BCEELULL/AMAZON EU SARL///REMI/USTD//Bestelling 302-1234567/",
      ":62F:C261124EUR3711,11",
      ":64:C261124EUR3711,11",
      ":65:C261125EUR3711,11",
      ":86:/SUM/2/1/23,45/2500,00/",
      "-}",
    ));
    const statement = only(json);
    expect(statement.account).toMatchObject({ iban: "NL20INGB0001234567", currency: "EUR" });
    expect(statement.transactions.map((t) => [t.externalId, t.amount, t.payee, t.label])).toEqual([
      ["00000000001001", "2500.00", "ACME BV", "Salaris november"],
      ["00000000001002", "-23.45", "AMAZON EU SARL", "Bestelling 302-1234567"],
    ]);
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
  });

  it("ABN AMRO: bank header lines, free-text and /TRTP/ details, entry dates", async () => {
    const json = await parseBoth(crlf(
      "ABNANL2A",
      "940",
      "ABNANL2A",
      ":20:ABN AMRO BANK NV",
      ":25:123456789",
      ":28:22401/1",
      ":60F:C261119EUR1234,56",
      ":61:2611201120C2500,00N541NONREF",
      ":86:/TRTP/SEPA OVERBOEKING/IBAN/NL02ABNA0123456789/BIC/ABNANL2A/NAME/ACME BV/REMI/Salaris november/EREF/NOTPROVIDED",
      ":61:2611241124D23,45N426NONREF",
      ":86:BEA   NR:AB1234   24.11.26/14.02 ALBERT HEIJN 1234,PAS123",
      ":62F:C261124EUR3711,11",
      "-",
    ));
    const statement = only(json);
    expect(statement.account).toMatchObject({ number: "123456789", currency: "EUR" });
    expect(statement.transactions.map((t) => [t.date, t.amount])).toEqual([["2026-11-20", "2500.00"], ["2026-11-24", "-23.45"]]);
    expect(statement.transactions[0]!.payee).toBe("ACME BV");
    expect(statement.transactions[1]!.label).toMatch(/ALBERT HEIJN 1234,PAS123/);
  });

  it("a booking on 2 January for a value date of 31 December belongs to the new year; no entry date on the other line", async () => {
    const json = await parseBoth(lf(
      ":20:STMT",
      ":25:DE70500105171234567890",
      ":28C:1/1",
      ":60F:C261230EUR100,00",
      ":61:2612310102D10,00NMSCNONREF",
      ":86:Kontoführung Dezember",
      ":61:270102C5,00NMSCNONREF",
      ":86:Zinsen",
      ":62F:C270102EUR95,00",
    ));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.date, t.valueDate, t.amount, t.label])).toEqual([
      ["2027-01-02", "2026-12-31", "-10.00", "Kontoführung Dezember"],
      ["2027-01-02", "2027-01-02", "5.00", "Zinsen"],
    ]);
    expect(statement.account.iban).toBe("DE70500105171234567890");
  });

  it("two statements for two accounts, :60M:/:62M: page balances, a debit opening balance, a reversal (RD)", async () => {
    const json = await parseBoth(crlf(
      ":20:S1",
      ":25:DE70500105171234567890",
      ":28C:5/1",
      ":60F:D261123EUR100,00",
      ":61:2611241124C250,00NTRFNONREF//B1",
      ":86:166?00GUTSCHRIFT?20Rueckzahlung?32Erika Mustermann",
      ":62M:C261124EUR150,00",
      "-",
      ":20:S1",
      ":25:DE70500105171234567890",
      ":28C:5/2",
      ":60M:C261124EUR150,00",
      ":61:2611251125RD65,00NMSCNONREF//B2",
      ":86:109?00RUECKLASTSCHRIFT?20Stadtwerke Strom?32Stadtwerke",
      ":62F:C261125EUR215,00",
      "-",
      ":20:S2",
      ":25:DE45120300001234567890",
      ":28C:1/1",
      ":60F:C261123USD10,00",
      ":61:2611241124D2,50NCHGNONREF//B3",
      ":86:808?00ENTGELT?20Kontoführung",
      ":62F:C261124USD7,50",
      "-",
    ));
    expect(json.statements.map((s) => [s.account.iban, s.account.currency, s.openingBalance, s.closingBalance, s.transactions.map((t) => t.amount)])).toEqual([
      ["DE70500105171234567890", "EUR", { amount: "-100.00", date: "2026-11-23" }, { amount: "150.00", date: "2026-11-24" }, ["250.00"]],
      ["DE70500105171234567890", "EUR", { amount: "150.00", date: "2026-11-24" }, { amount: "215.00", date: "2026-11-25" }, ["65.00"]],
      ["DE45120300001234567890", "USD", { amount: "10.00", date: "2026-11-23" }, { amount: "7.50", date: "2026-11-24" }, ["-2.50"]],
    ]);
  });

  it("Czech bank: :NS: partner-name lines after :86:, free text label", async () => {
    const json = await parseBoth(crlf(
      ":20:0000000001",
      ":25:2100123456/2010",
      ":28C:224/1",
      ":60F:C261123CZK12345,67",
      ":61:2611241124D234,50NMSCNONREF//9876543210",
      ":86:Platba kartou",
      ":NS:15Albert Česká republika",
      "16Praha",
      ":61:2611241124C25000,00NMSCNONREF//9876543211",
      ":86:Příchozí platba",
      ":NS:15ACME s.r.o.",
      ":62F:C261124CZK37111,17",
      "-",
    ));
    const statement = only(json);
    expect(statement.account).toMatchObject({ number: "2100123456", bankId: "2010", currency: "CZK" });
    expect(statement.transactions.map((t) => [t.externalId, t.amount, t.label])).toEqual([
      ["9876543210", "-234.50", "Platba kartou"],
      ["9876543211", "25000.00", "Příchozí platba"],
    ]);
    expect(statement.transactions.map((t) => t.payee)).toEqual(["Albert Česká republikaPraha", "ACME s.r.o."]);
  });

  it("spaces where the entry date goes (US bank, ASN), a funds-code letter after the mark", async () => {
    const json = await parseBoth(lf(
      ":20:STMT20261124",
      ":25:123456789",
      ":28:1/1",
      ":60F:C261124USD3734,56",
      ":61:261124    DD23,45NMSCNONREF//",
      "/ABC/DEF/MISCELLANEOUS",
      ":86:/PT/FT/PY/AMAZON MKTPL          112233",
      ":62F:C261124USD3711,11",
      "-",
    ));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.date, t.amount, t.currency])).toEqual([["2026-11-24", "-23.45", "USD"]]);
    expect(statement.closingBalance).toEqual({ amount: "3711.11", date: "2026-11-24" });
  });

  it("SNS: the counterparty's account number in the reference slot, echoed in :86:, is no transaction id", async () => {
    const json = await parseBoth(lf(
      ":20:0000000000",
      ":25:0123456789",
      ":28C:160/1",
      ":60F:C261123EUR1234,56",
      ":61:2611231124D20,00NIOB0987654321",
      "marechal s",
      ":86:0987654321 marechal s",
      "                                                                 ",
      "huur november                                                    ",
      ":62F:C261124EUR1214,56",
      "-",
    ));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.externalId, t.amount, t.payee])).toEqual([[null, "-20.00", "marechal s"]]);
    expect(statement.transactions[0]!.label).toContain("huur november");
  });

  it("an old Deutsche Mark statement: withdrawn currency kept as written (with a warning), a page balance without currency", async () => {
    const json = await parseBoth(lf(
      ":20:STARTUMS",
      ":25:10020030/1234567",
      ":28:1/1",
      ":60F:C011115DEM1000,00",
      ":61:0111161116CM500,00NTRFNONREF",
      ":86:051?00UEBERWEISUNG?20Gehalt November?32FIRMA MUSTERMANN",
      ":62M:C0111161500,00",
      "-",
    ));
    const statement = only(json);
    expect(statement.account.currency).toBe("DEM");
    expect(statement.transactions.map((t) => [t.date, t.amount, t.currency, t.payee])).toEqual([["2001-11-16", "500.00", "DEM", "FIRMA MUSTERMANN"]]);
    expect(statement.closingBalance).toEqual({ amount: "1500.00", date: "2001-11-16" });
    expect(json.warnings.some((w) => /DEM/.test(w.message))).toBe(true);
  });

  it("Romanian bank: '+'-separated subfields after the transaction code, a closing free-text :86: that is not a transaction", async () => {
    const json = await parseBoth(lf(
      ":20:6450374100",
      ":25:RO49AAAA1B31007593840000",
      ":28:00224/1",
      ":60F:C261123RON3885,24",
      ":61:2611241124D210,60NTRFOPH478",
      "PLATA FACT 4603309",
      ":86:000+20Plata           +30302410000+31RO89RZBR0000060003480121",
      "+32RUSSMEDIA PRESS SRL+33/",
      "+23PLATA FACT 4603309",
      ":61:2611241124D2,76NCOMOPH478",
      "25-Comision MULTIX",
      ":86:000+20Comision",
      "+2325-Comision MULTIX",
      ":62F:C261124RON3671,88",
      ":64:C261124RON3671,88",
      ":86:Credit neutilizat la 24/11/2026: 0,00 \\",
      "Sume blocate la 24/11/2026: 0,00",
    ));
    const statement = only(json);
    expect(statement.account).toMatchObject({ iban: "RO49AAAA1B31007593840000", currency: "RON" });
    expect(statement.transactions.map((t) => [t.amount, t.payee, t.label, t.externalId])).toEqual([
      ["-210.60", "RUSSMEDIA PRESS SRL", "Plata PLATA FACT 4603309", null],
      ["-2.76", null, "Comision 25-Comision MULTIX", null],
    ]);
    expect(statement.closingBalance).toEqual({ amount: "3671.88", date: "2026-11-24" });
  });

  it("old ING: bank header lines, a :86: wrapped so that one line is a lone '-', and a '-XXX' trailer", async () => {
    const json = await parseBoth(lf(
      "0000 01INGBNL2AXXXX00001",
      "940 00",
      ":20:P261124000000001",
      ":25:NL20INGB0001234567EUR",
      ":28C:0000",
      ":60F:C261123EUR662,23",
      ":61:2611241124D1,14NDDTEREF//00000000001009",
      "/TRCD/01016/",
      ":86:/EREF/EV123R",
      "EP123412T1234//MARF/MND",
      "-",
      "EV01//CSID/NL32ZZZ9999999",
      "91234//CNTP/NL32INGB0000012345/INGBNL2A/Energie B.V./",
      "//REMI/USTD//Termijn november/",
      ":61:2611241124C32,00NTRF9001123412341234//00000000001011",
      "/TRCD/00108/",
      ":86:/EREF/15814016000676480//CNTP/NL32INGB0000012345/INGBNL2A/J.J",
      "anssen///REMI/STRD/CUR/9001123412341234/",
      ":62F:C261124EUR693,09",
      ":86:/SUM/1/1/1,14/32,00/",
      "-XXX",
    ));
    const statement = only(json);
    expect(statement.transactions.map((t) => [t.externalId, t.amount, t.payee, t.label])).toEqual([
      ["00000000001009", "-1.14", "Energie B.V.", "Termijn november"],
      ["00000000001011", "32.00", "J.Janssen", "9001123412341234"],
    ]);
    expect(statement.closingBalance).toEqual({ amount: "693.09", date: "2026-11-24" });
  });
});
