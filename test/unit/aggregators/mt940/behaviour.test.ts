/** MT940/MT942 rules one at a time: dates, marks, references, :86: layouts, line endings, framing. */
import { describe, expect, it } from "vitest";
import { mt940Aggregator } from "../../../../lib/aggregators/file/mt940";

const bytesOf = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);
const utf8 = (text: string) => new TextEncoder().encode(text);

function statement(lines: string[], options: { opening?: string; closing?: string; account?: string } = {}): string {
  return [
    ":20:REF1",
    `:25:${options.account ?? "DE89370400440532013000"}`,
    ":28C:1/1",
    `:60F:${options.opening ?? "C240301EUR100,00"}`,
    ...lines,
    `:62F:${options.closing ?? "C240331EUR100,00"}`,
    "-",
  ].join("\n");
}

const parse = (text: string) => mt940Aggregator.parse(utf8(text));
const firstTransactions = (text: string) => parse(text).statements[0]?.transactions ?? [];

describe("mt940 :61: statement lines", () => {
  it("reads value date, entry date, mark, funds code, amount, type, references", () => {
    const [transaction] = firstTransactions(statement([":61:2403050306DR12,5NTRFMYREF123//BANK0001", ":86:Coffee"], { closing: "C240331EUR87,50" }));
    expect(transaction).toMatchObject({ date: "2024-03-06", valueDate: "2024-03-05", amount: "-12.50", externalId: "BANK0001", label: "Coffee", pending: false });
  });

  it("prefers the bank reference, else the customer reference, never NONREF", () => {
    const ids = firstTransactions(statement([":61:240305C1,NTRFCUST1//BANK1", ":61:240305C1,NTRFCUST2", ":61:240305C1,NTRFNONREF"], { closing: "C240331EUR103," })).map((t) => t.externalId);
    expect(ids).toEqual(["BANK1", "CUST2", null]);
    // Rabobank's literal "EREF" (the reference is in :86:) is no id either.
    expect(firstTransactions(statement([":61:130403D127,50N102EREF", "NL96RBOS0523149468"], { closing: "C240331EUR-27,50".replace("-", "") }))[0]?.externalId).toBeNull();
  });

  it("RC (reversal of a credit) takes money out, RD puts it back", () => {
    const amounts = firstTransactions(statement([":61:240305RC5,00NTRFNONREF", ":61:240305RD7,00NTRFNONREF", ":61:240305RCR2,00NTRFNONREF"], { closing: "C240331EUR100,00" })).map((t) => t.amount);
    expect(amounts).toEqual(["-5.00", "7.00", "-2.00"]);
  });

  it("puts the entry date in the next year across a year end, and in the previous one backwards", () => {
    const [forward, backward] = firstTransactions(statement([":61:2312310102D1,00NTRFNONREF", ":61:2401021231D1,00NTRFNONREF"], { closing: "C240331EUR98,00" }));
    expect([forward?.valueDate, forward?.date]).toEqual(["2023-12-31", "2024-01-02"]);
    expect([backward?.valueDate, backward?.date]).toEqual(["2024-01-02", "2023-12-31"]);
  });

  it("clamps 30 February to the month's last day, with a warning naming the line", () => {
    const result = parse(statement([":61:2402300230D1,00NTRFNONREF"], { closing: "C240331EUR99,00" }));
    expect(result.statements[0]?.transactions[0]).toMatchObject({ valueDate: "2024-02-29", date: "2024-02-29" });
    expect(result.warnings).toContainEqual({ line: 5, message: "Impossible date 2024-02-30 clamped to 2024-02-29" });
  });

  it("tolerates '.' thousands groups beside the comma decimal mark", () => {
    expect(firstTransactions(statement([":61:240305D1.234,56NTRFNONREF"], { opening: "C240301EUR2.000,00", closing: "C240331EUR765,44" }))[0]?.amount).toBe("-1234.56");
  });

  it("reads lines without a type code (NONREF right after the amount)", () => {
    const [transaction] = firstTransactions(statement([":61:2009020902D20,00NONREF", ":86:999SEPA_STANDING_ORDER:Rent"], { closing: "C240331EUR80,00" }));
    expect(transaction).toMatchObject({ amount: "-20.00", externalId: null, label: "999SEPA_STANDING_ORDER:Rent" });
  });

  it("uses the check number for NCHK entries", () => {
    expect(firstTransactions(statement([":61:240305D50,NCHK0001234"], { closing: "C240331EUR50," }))[0]?.checkNumber).toBe("0001234");
  });

  it("rescales amounts to the currency: JPY has no decimals, BHD three", () => {
    expect(firstTransactions(statement([":61:240305D1500,NMSCNONREF"], { opening: "C240301JPY2000,", closing: "C240331JPY500," }))[0]?.amount).toBe("-1500");
    expect(firstTransactions(statement([":61:240305D1,5NMSCNONREF"], { opening: "C240301BHD2,", closing: "C240331BHD0,5" }))[0]?.amount).toBe("-1.500");
  });
});

describe("mt940 :86: details", () => {
  it("German structured: SVWZ+ is the label, ?32/?33 the payee, EREF+ in the memo", () => {
    const [transaction] = firstTransactions(statement([
      ":61:240305D42,00NDDTNONREF",
      ":86:105?00SEPA-LASTSCHRIFT?109310?20EREF+INV-2024-03?21MREF+M-77?22SVWZ+Strom Maerz 2024 Kunde",
      "?23 4711?30COBADEFFXXX?31DE02100100100006820101?32Stadtwerke Musterstaedtle G?33mbH",
    ], { closing: "C240331EUR58,00" }));
    expect(transaction).toMatchObject({ label: "Strom Maerz 2024 Kunde 4711", payee: "Stadtwerke Musterstaedtle GmbH" });
    expect(transaction?.memo).toBe("SEPA-LASTSCHRIFT / EREF+INV-2024-03 / MREF+M-77");
  });

  it("German structured: a purpose of punctuation only falls back to the name", () => {
    const [transaction] = firstTransactions(statement([":61:240305C1,00NTRFNONREF", ":86:166?20-?30NTSBDEB1XXX?31DE77100110012629052284?32Lucien Schünke"], { closing: "C240331EUR101,00" }));
    expect(transaction).toMatchObject({ label: "Lucien Schünke", payee: "Lucien Schünke" });
  });

  it("German structured: a '?' inside the text stays text; ?60–?63 continue the purpose", () => {
    const [transaction] = firstTransactions(statement([
      ":61:240305D1,00NMSCNONREF",
      ":86:177?00UEBERWEISUNG?20Wer zahlt? Ich zahle gerne?60und pünktlich?32Max Muster",
    ], { closing: "C240331EUR99,00" }));
    expect(transaction).toMatchObject({ label: "Wer zahlt? Ich zahle gerne und pünktlich", payee: "Max Muster", memo: "UEBERWEISUNG" });
  });

  it("SWIFT codes (ING IBAN format): every line break is a wrap, even a short line", () => {
    const [transaction] = firstTransactions(statement([
      ":61:1408250825D192,36NTRFNONREF//14237654096217",
      "/TRCD/00100/",
      ":86:/CNTP/NL57ABNA0876543211/ABNANL2A/B Bert///REMI/USTD//22-08",
      "-2014 Omschrijving/",
    ], { closing: "C240331EUR-92,36".replace("-", "") }));
    expect(transaction).toMatchObject({ payee: "B Bert", label: "22-08-2014 Omschrijving", externalId: "14237654096217", memo: "/TRCD/00100/" });
  });

  it("takes a bank reference longer than 16 characters whole", () => {
    expect(firstTransactions(statement([":61:140328C0,01NDDT15976//96550046549608644"], { closing: "C240331EUR100,01" }))[0]?.externalId).toBe("96550046549608644");
  });

  it("SWIFT codes (Rabobank style): /ORDP//NAME/ gives the payer", () => {
    const [transaction] = firstTransactions(statement([
      ":61:240305C30,00NTRFNONREF//R1",
      ":86:/EREF/NOTPROVIDED//ORDP//NAME/A. de Vries/ADDR/Utrecht/REMI/Terugbetaling lunch/ISDT/2024-03-05",
    ], { closing: "C240331EUR130,00" }));
    expect(transaction).toMatchObject({ payee: "A. de Vries", label: "Terugbetaling lunch", memo: null });
  });

  it("SWIFT codes (ING style): /TRTP/ /CNTP/ /REMI/USTD//", () => {
    const [transaction] = firstTransactions(statement([
      ":61:240305D25,00NTRFNONREF//0305A1",
      ":86:/TRTP/SEPA OVERBOEKING/CNTP/NL12INGB0001234567/INGBNL2A/J. Jansen/AMSTERDAM/REMI/USTD//Dinner 12-",
      "03/EREF/NOTPROVIDED/",
    ], { closing: "C240331EUR75,00" }));
    // The first line is longer than 65 characters: it was wrapped mid-text, so "12-" and "03" join.
    expect(transaction).toMatchObject({ payee: "J. Jansen", label: "Dinner 12-03", memo: "SEPA OVERBOEKING" });
  });

  it("keeps the whole text when /KEY/ codes hold no remittance or name", () => {
    const [transaction] = firstTransactions(statement([":61:240305D8,NMSC2559//B1", ":86:/BENM/300000000000133", "/KOMERCIJALNA BANKA", "/Mesecna provizija"], { closing: "C240331EUR92," }));
    expect(transaction?.label).toBe("/BENM/300000000000133/KOMERCIJALNA BANKA/Mesecna provizija");
  });

  it("Knab free text: NAAM: is the payee", () => {
    const [transaction] = firstTransactions(statement([":61:1401011229C1000,NTRFNONREF//ABC98866", ":86:REK: NL26ABNA0999999999/NAAM: BEDRIJF VOF"], { closing: "C240331EUR1100," }));
    expect(transaction).toMatchObject({ payee: "BEDRIJF VOF", label: "REK: NL26ABNA0999999999/NAAM: BEDRIJF VOF" });
  });

  it("several :86: fields in a row belong to the same entry; an :86: after the closing balance to none", () => {
    const text = [":20:R", ":25:123", ":60F:C240301EUR1,00", ":61:240305C1,00NTRFNONREF", ":86:FIRST", ":86:SECOND", ":62F:C240331EUR2,00", ":86:STATEMENT NOTE", "-"].join("\n");
    expect(firstTransactions(text)[0]?.label).toBe("FIRST SECOND");
  });

  it("falls back to the supplementary details, then the type code, when there is no :86:", () => {
    const [withSupplement, bare] = firstTransactions(statement([":61:240305D1,00NMSCNONREF", "CARD PAYMENT SHOP", ":61:240305D1,00NMSCNONREF"], { closing: "C240331EUR98," }));
    expect(withSupplement?.label).toBe("CARD PAYMENT SHOP");
    expect(bare?.label).toBe("NMSC");
  });
});

describe("mt940 files", () => {
  const base = statement([":61:240305D10,00NTRFNONREF", ":86:RENT"], { closing: "C240331EUR90,00" });

  it.each([
    ["LF", "\n"],
    ["CRLF", "\r\n"],
    ["CR", "\r"],
    ["CR CR LF", "\r\r\n"],
  ])("reads %s line ends the same way", (_name, end) => {
    const result = mt940Aggregator.parse(bytesOf(base.replace(/\n/g, end)));
    expect(result.statements[0]?.transactions.map((t) => [t.amount, t.label])).toEqual([["-10.00", "RENT"]]);
    expect(result.warnings).toEqual([]);
  });

  it("ignores SOH/ETX framing, Ctrl-Z, bank header lines and SWIFT envelopes", () => {
    const framed = `\u0001\nBANKNL2A\n940\nBANKNL2A\n{1:F01BANKNL2AXXXX0000000000}{2:O940BANKNL2AXXXXN}{3:}{4:\n${base.replace(/-$/, "-}{5:}")}\u001a\n\u0003`;
    const result = mt940Aggregator.parse(bytesOf(framed));
    expect(result.statements).toHaveLength(1);
    expect(result.statements[0]?.transactions).toHaveLength(1);
  });

  it("reads several statements and accounts; ids repeat per account only", () => {
    const second = statement([":61:240305D10,00NTRF//SAME"], { account: "NL91ABNA0417164300", closing: "C240331EUR90,00" });
    const first = statement([":61:240305D5,00NTRF//SAME", ":61:240306D5,00NTRF//SAME"]);
    const result = parse(`${first}\n${second}`);
    expect(result.statements.map((s) => s.account.iban)).toEqual(["DE89370400440532013000", "NL91ABNA0417164300"]);
    expect(result.statements.map((s) => s.transactions.map((t) => t.externalId))).toEqual([["SAME", "SAME#2"], ["SAME"]]);
  });

  it("reads account identifications as banks write them", () => {
    const account = (text: string) => parse(statement([], { account: text })).statements[0]?.account;
    expect(account("50880050/0194774600888")).toMatchObject({ bankId: "50880050", number: "0194774600888", iban: null, externalId: "50880050/0194774600888" });
    expect(account("NL10BUNQ2290325473 EUR")).toMatchObject({ iban: "NL10BUNQ2290325473", number: null, currency: "EUR" });
    expect(account("1291.99.348EUR")).toMatchObject({ number: "1291.99.348", externalId: "1291.99.348" });
    expect(account("NL20RABO0123456789EUR")).toMatchObject({ iban: "NL20RABO0123456789", externalId: "NL20RABO0123456789" });
    expect(account("NL81ASNB9999999999")).toMatchObject({ iban: "NL81ASNB9999999999", number: null });
    expect(account("UBRTHUHB/123456789150ABCDEF002/HUF")).toMatchObject({ bankId: "UBRTHUHB", number: "123456789150ABCDEF002" });
  });

  it("reads MT942 interim reports as pending entries", () => {
    const mt942 = [":20:INTRADAY", ":25:DE89370400440532013000", ":28C:1/1", ":34F:EUR0,", ":13D:2403051200+0100", ":61:240305D3,50NMSCNONREF", ":86:BAKERY", ":90D:1EUR3,50", ":90C:0EUR0,", "-"].join("\n");
    expect(mt940Aggregator.detect(utf8(mt942))).toBeGreaterThan(0.5);
    const [statement942] = parse(mt942).statements;
    expect(statement942?.transactions[0]).toMatchObject({ amount: "-3.50", pending: true, label: "BAKERY", currency: "EUR" });
    expect(statement942?.openingBalance).toBeNull();
  });

  it("warns when a statement does not reconcile, naming its line", () => {
    const result = parse(statement([":61:240305D10,00NTRFNONREF"], { closing: "C240331EUR95,00" }));
    expect(result.warnings).toEqual([{ line: 1, message: expect.stringMatching(/difference 5/) }]);
  });
});
