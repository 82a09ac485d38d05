/** Detection and parsing on hand-written exports: each test states one behaviour a real export needs. */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { csvAggregator, detectCsvProfile, parseCsv, parseCsvProfile, streamCsv } from "@/lib/aggregators/file/csv";
import type { NormalizedTransaction } from "@/lib/aggregators/types";
import { sumOf } from "./helpers";

const utf8 = (text: string) => new TextEncoder().encode(text);
const parse = (text: string | Uint8Array, options = {}) => parseCsv(typeof text === "string" ? utf8(text) : text, options);
const txs = (text: string | Uint8Array, options = {}) => parse(text, options).statements[0]!.transactions;

const FRENCH = "Date;Libellé;Montant;Devise\n02/01/2024;CB CAFÉ DE LA GARE;-3,50;EUR\n05/01/2024;VIR SALAIRE;2 100,00;EUR\n";

describe("encodings", () => {
  it.each([
    ["utf-16le", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(FRENCH, "utf-16le")])],
    ["utf-16le", iconv.encode(FRENCH, "utf-16le")],
    ["utf-16be", iconv.encode(FRENCH, "utf-16be")],
    ["utf-8", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FRENCH)])],
    ["windows-1252", iconv.encode(FRENCH, "windows-1252")],
    ["cp850", iconv.encode(FRENCH.replace("CAFÉ", "café à é è"), "cp850")],
  ])("reads %s", (encoding, bytes) => {
    const result = parse(new Uint8Array(bytes));
    expect(result.encoding).toBe(encoding);
    const [coffee, salary] = result.statements[0]!.transactions;
    expect(coffee).toMatchObject({ date: "2024-01-02", amount: "-3.50", currency: "EUR" });
    expect(coffee!.label).toMatch(/^CB (CAFÉ|café à é è) DE LA GARE$/);
    expect(salary!.amount).toBe("2100.00");
  });

  it("checks a profile's encoding against the bytes (a bank may change its export), while --encoding is obeyed", () => {
    const profile = { ...detectCsvProfile(utf8(FRENCH)).profile!, encoding: "utf-8" };
    const latin = new Uint8Array(iconv.encode(FRENCH, "windows-1252"));
    expect(parse(latin, { csvProfile: profile })).toMatchObject({ encoding: "windows-1252" });
    expect(parse(latin, { csvProfile: profile }).statements[0]!.transactions[0]!.label).toBe("CB CAFÉ DE LA GARE");
    // Forced to UTF-8, "Libellé" no longer reads: the profile's named column is reported missing.
    expect(() => parse(latin, { csvProfile: profile, encoding: "utf-8" })).toThrow(/label column "Libellé" .* not in the header on line 1/);
  });

  it("reads windows-1250 (Czech) and honours a forced encoding", () => {
    const czech = "Datum;Popis;Částka\n01.02.2024;Převod ůčet;-100,00\n";
    expect(txs(new Uint8Array(iconv.encode(czech, "windows-1250")))[0]!.label).toBe("Převod ůčet");
    expect(parse(new Uint8Array(iconv.encode(czech, "windows-1250")), { encoding: "iso-8859-2" }).encoding).toBe("iso-8859-2");
  });
});

describe("dialect and layout", () => {
  it("finds tab and pipe delimiters, and ';' even when descriptions contain commas", () => {
    expect(txs("Date\tDescription\tAmount\n2024-01-02\tA, B, C\t-1.00\n2024-01-03\tD, E\t2.00\n").map((t) => t.label)).toEqual(["A, B, C", "D, E"]);
    expect(txs("Date|Description|Amount\n2024-01-02|A|-1.00\n")[0]!.amount).toBe("-1.00");
    expect(txs("Date;Description;Amount\n02/01/2024;Shop, Paris, FR;-1,00\n03/01/2024;Rent, flat, 2;-500,00\n").map((t) => t.amount)).toEqual(["-1.00", "-500.00"]);
  });

  it("skips account-info preambles and trailing totals, warning with the line number", () => {
    const text = "Account;FR22 3000 4000 0500 0123 4567 8901 85\nBalance;1 234,56\n\nDate;Label;Amount\n13/02/2024;A;-1,00\n14/02/2024;B;-2,00\n\nTotal;;-3,00\nExported 15/02/2024 10:00\n";
    const result = parse(text);
    expect(result.statements[0]!.transactions.map((t) => t.amount)).toEqual(["-1.00", "-2.00"]);
    expect(result.warnings).toEqual([
      { line: 8, message: 'unreadable date "Total" (expected dd/mm/yyyy): row skipped' },
      { line: 9, message: "no readable amount: row skipped" },
    ]);
    expect(result.statements[0]!.account.iban).toBe("FR2230004000050001234567890185"); // check digits verified
  });

  it("keeps multi-line quoted fields in one record and counts physical lines after them", () => {
    const text = 'Date,Description,Amount\n2024-01-02,"line one\nline two\nline three",-1.00\nnot a date,x,y\n2024-01-03,B,2.00\n';
    const result = parse(text);
    expect(result.statements[0]!.transactions.map((t) => t.label)).toEqual(["line one\nline two\nline three", "B"]);
    expect(result.warnings).toEqual([expect.objectContaining({ line: 5, message: expect.stringContaining("not a date") })]);
  });

  it("scores the date format over all rows: a dd/mm file whose first 50 days are all ≤ 12", () => {
    const rows = Array.from({ length: 50 }, (_, i) => `${String((i % 12) + 1).padStart(2, "0")}/0${(i % 9) + 1}/2024;Shop;-1,00`);
    rows.push("25/10/2024;Late;-2,00");
    const result = txs(`Date;Label;Amount\n${rows.join("\n")}\n`);
    expect(result[0]!.date).toBe("2024-01-01");
    expect(result[1]!.date).toBe("2024-02-02");
    expect(result[12]!.date).toBe("2024-04-01"); // 01/04 read day-first, as decided by 25/10 on the last row
    expect(result.at(-1)!.date).toBe("2024-10-25");
  });

  it("reads grouped amounts by the column's decimal style ('1.234' is 1234 in a comma-decimal file)", () => {
    expect(txs("Datum;Text;Betrag\n01.02.2024;A;-1.234\n02.02.2024;B;12,50\n03.02.2024;C;1.000,01\n").map((t) => t.amount)).toEqual(["-1234.00", "12.50", "1000.01"]);
  });
});

describe("amount layouts", () => {
  it("debit columns written positive or negative both take money out", () => {
    expect(txs("Date,Description,Debit,Credit\n2024-01-02,A,12.00,\n2024-01-03,B,-5.00,\n2024-01-04,C,,7.00\n").map((t) => t.amount)).toEqual(["-12.00", "-5.00", "7.00"]);
  });

  it.each([
    ["Af Bij", ["Af", "Bij"]],
    ["S/H", ["S", "H"]],
    ["Debit/Credit", ["DBIT", "CRDT"]],
  ])("reads an unsigned amount with an indicator column (%s)", (header, [out, inflow]) => {
    const text = `Datum,Naam,Bedrag,${header}\n2024-01-02,A,"12,50",${out}\n2024-01-03,B,"100,00",${inflow}\n2024-01-04,C,"1,00",${out}\n`;
    expect(txs(text).map((t) => t.amount)).toEqual(["-12.50", "100.00", "-1.00"]);
  });

  it("a profile's invertSign flips every amount (card exports with purchases positive)", () => {
    const profile = detectCsvProfile(utf8(FRENCH)).profile!;
    expect(txs(FRENCH, { csvProfile: { ...profile, invertSign: true } }).map((t) => t.amount)).toEqual(["3.50", "-2100.00"]);
  });

  it("pads amounts to the currency's decimals and uses the default currency when the file has none", () => {
    expect(txs("Date,Description,Amount,Currency\n2024-01-02,A,1500,JPY\n2024-01-02,B,-2,BHD\n").map((t) => t.amount)).toEqual(["1500", "-2.000"]);
    expect(txs("Date,Description,Amount\n2024-01-02,A,-2.5\n", { defaultCurrency: "EUR" })[0]).toMatchObject({ amount: "-2.50", currency: "EUR" });
  });
});

describe("profiles", () => {
  it("a detected profile survives a JSON export/import and reads the file the same way", () => {
    const detection = detectCsvProfile(utf8(FRENCH));
    expect(detection).toMatchObject({ headers: ["Date", "Libellé", "Montant", "Devise"], headerLine: 1, dataStartLine: 2, delimiter: ";", preview: [["02/01/2024", "CB CAFÉ DE LA GARE", "-3,50", "EUR"], ["05/01/2024", "VIR SALAIRE", "2 100,00", "EUR"]] });
    const imported = parseCsvProfile(JSON.stringify(detection.profile));
    expect(imported).toEqual(detection.profile);
    expect(txs(FRENCH, { csvProfile: imported })).toEqual(txs(FRENCH));
  });

  it("columns by header name survive reordered columns", () => {
    const profile = { name: "Mine", hasHeader: true, dateColumn: "Date", dateFormat: "dd/mm/yyyy", labelColumns: ["Libellé"], amount: { kind: "signed", column: "Montant" }, decimalSeparator: "," };
    const reordered = "Montant;Devise;Libellé;Date\n-3,50;EUR;Café;02/01/2024\n";
    expect(txs(reordered, { csvProfile: profile })).toMatchObject([{ date: "2024-01-02", amount: "-3.50", label: "Café" }]);
  });

  it("rejects an invalid profile and a profile whose column is missing, naming the header line", () => {
    expect(() => parseCsvProfile({ name: "x" })).toThrow(/Invalid CSV profile/);
    expect(() => parseCsvProfile({ name: "x", hasHeader: false, dateColumn: 0, dateFormat: "yyyy/dd/mm", labelColumns: [1], amount: { kind: "signed", column: 2 }, decimalSeparator: "." })).toThrow(/date format/);
    const profile = { name: "Mine", hasHeader: true, dateColumn: "Date", dateFormat: "dd/mm/yyyy", labelColumns: ["Label"], amount: { kind: "signed", column: "Betrag" }, decimalSeparator: "," };
    expect(() => txs("Intro line\nDate;Label;Amount\n02/01/2024;x;1\n", { csvProfile: profile })).toThrow(/Line 2: the amount column "Betrag"/);
  });
});

describe("rows", () => {
  it("a 'Reference' column of repeated codes is not taken as an id by detection", () => {
    const text = "Date,Reference,Description,Amount\n2024-01-02,MST,A,1.00\n2024-01-03,MST,B,2.00\n2024-01-04,ITR,C,3.00\n";
    expect(detectCsvProfile(utf8(text)).profile!.externalIdColumn).toBeUndefined();
    expect(detectCsvProfile(utf8(text.replace(/MST,B/, "R2,B").replace(/ITR/, "R3"))).profile!.externalIdColumn).toBe("Reference");
  });

  it("a repeated reference is not an id: the repeat gets null and a warning", () => {
    const profile = { name: "Refs", hasHeader: true, dateColumn: "Date", dateFormat: "yyyy-mm-dd", labelColumns: ["Description"], amount: { kind: "signed", column: "Amount" }, decimalSeparator: ".", externalIdColumn: "Reference" };
    const result = parse("Date,Description,Amount,Reference\n2024-01-02,A,1.00,R1\n2024-01-03,B,2.00,R1\n2024-01-04,C,3.00,000\n", { csvProfile: profile });
    expect(result.statements[0]!.transactions.map((t) => t.externalId)).toEqual(["R1", null, null]);
    expect(result.warnings).toEqual([expect.objectContaining({ line: 3, message: expect.stringContaining("R1") })]);
  });

  it("streams in batches without splitting a continuation row from its transaction", () => {
    const lines = ["Date,Description,Withdrawals,Deposits"];
    for (let i = 0; i < 95; i++) lines.push(`${String((i % 28) + 1).padStart(2, "0")}/01/2024,Item ${i},1.00,`, `,more ${i},,`);
    const batches: NormalizedTransaction[][] = [];
    const result = streamCsv(utf8(lines.join("\n")), { batchSize: 10 }, (batch) => batches.push(batch));
    expect(batches.map((b) => b.length)).toEqual([10, 10, 10, 10, 10, 10, 10, 10, 10, 5]);
    expect(result.transactionCount).toBe(95);
    expect(batches.flat().every((t, i) => t.label === `Item ${i} more ${i}`)).toBe(true);
    expect(sumOf(batches.flat().map((t) => t.amount))).toBe("-95.00");
  });
});

describe("balance and total rows", () => {
  it("reads opening/closing balance rows (even without a date or with the value in the balance column) and skips totals", () => {
    const text = "Date;Label;Amount;Balance\n;Solde initial;;1 000,00\n02/01/2024;Café;-3,50;996,50\n03/01/2024;Salaire;100,00;1 096,50\n03/01/2024;Total;96,50;\n;Nouveau solde;;1 096,50\n";
    const result = parse(text);
    const statement = result.statements[0]!;
    expect(statement.transactions.map((t) => t.amount)).toEqual(["-3.50", "100.00"]);
    expect(statement.openingBalance).toEqual({ amount: "1000.00", date: "2024-01-02" });
    expect(statement.closingBalance).toEqual({ amount: "1096.50", date: "2024-01-03" });
    expect(result.warnings).toContainEqual({ line: 5, message: 'total row "Total": not a transaction' });
  });
});

describe("preview", () => {
  it("stops after `limit` transactions", () => {
    const rows = Array.from({ length: 500 }, (_, i) => `2024-01-${String((i % 28) + 1).padStart(2, "0")},Item ${i},-1.00`);
    const seen: NormalizedTransaction[] = [];
    const result = streamCsv(utf8(`Date,Description,Amount\n${rows.join("\n")}\n`), { limit: 20 }, (batch) => seen.push(...batch));
    expect(result.transactionCount).toBe(20);
    expect(seen.map((t) => t.label)).toEqual(Array.from({ length: 20 }, (_, i) => `Item ${i}`));
  });
});

describe("csvAggregator.detect", () => {
  it("answers low for CSV and zero for other formats and non-text", () => {
    const csvScore = csvAggregator.detect(utf8(FRENCH));
    expect(csvScore).toBeGreaterThan(0.2);
    expect(csvScore).toBeLessThanOrEqual(0.5);
    expect(csvAggregator.detect(utf8("OFXHEADER:100\nDATA:OFXSGML\n<OFX>"))).toBe(0);
    expect(csvAggregator.detect(utf8("<?xml version=\"1.0\"?><Document/>"))).toBe(0);
    expect(csvAggregator.detect(utf8("!Type:Bank\nD01/02/2024\nT-1.00\n^\n"))).toBe(0);
    expect(csvAggregator.detect(utf8(":20:STARTUMS\n:25:12345\n"))).toBe(0);
    expect(csvAggregator.detect(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))).toBe(0);
    expect(csvAggregator.detect(new Uint8Array())).toBe(0);
  });
});

describe("presets", () => {
  it("are named, each with a valid profile, and can be given by name (the CLI's --profile NAME)", async () => {
    const { csvPresets, findPreset } = await import("@/lib/aggregators/file/csv");
    expect(csvPresets.length).toBeGreaterThanOrEqual(19);
    expect(new Set(csvPresets.map((p) => p.name)).size).toBe(csvPresets.length);
    expect(findPreset("KNAB-NL")?.profile.name).toBe("Knab (NL)");
    expect(findPreset("nope")).toBeNull();
    const ocbc = "Account details for:,X\n\nTransaction History\nTransaction date,Value date,Description,Withdrawals (SGD),Deposits (SGD)\n18/04/2018,18/04/2018,A,6.66,\n";
    expect(txs(ocbc, { csvProfile: "ocbc-sg" })).toMatchObject([{ date: "2018-04-18", amount: "-6.66", currency: "SGD" }]);
    expect(txs(ocbc, { csvProfile: findPreset("ocbc-sg") })).toEqual(txs(ocbc, { csvProfile: "ocbc-sg" })); // the preset object works too
    expect(() => txs(ocbc, { csvProfile: "no-such-bank" })).toThrow(/Unknown CSV profile "no-such-bank"/);
    expect(() => txs(FRENCH, { csvProfile: "ocbc-sg" })).toThrow(/does not look like a "OCBC \(SG\)" export/);
  });
});

describe("DOS code pages", () => {
  it("tells CP852 (Hungarian ő ű) from CP850 (French, German)", () => {
    const hungarian = "Dátum;Közlemény;Összeg\n2024.01.02.;Vásárlás: kenyér, tejföl, sütemény, főzelék, gyümölcs;-1200\n";
    const result = parse(new Uint8Array(iconv.encode(hungarian, "cp852")), { defaultCurrency: "HUF" });
    expect(result.encoding).toBe("cp852");
    expect(result.statements[0]!.transactions[0]).toMatchObject({ date: "2024-01-02", amount: "-1200.00", label: "Vásárlás: kenyér, tejföl, sütemény, főzelék, gyümölcs" });
    const german = "Datum;Text;Betrag\n01.02.2024;Gebühr für Überweisung, Bäckerei Müller;-1,00\n";
    expect(parse(new Uint8Array(iconv.encode(german, "cp850"))).encoding).toBe("cp850");
  });
});

describe("cell notations", () => {
  it("reads DR/CR suffixes and Excel ='…' guards", () => {
    const text = 'Date,Description,Amount,Reference\n2024-01-02,A,12.50 DR,="000123"\n2024-01-03,B,7.00 CR,="000124"\n';
    const profile = { name: "x", hasHeader: true, dateColumn: "Date", dateFormat: "yyyy-mm-dd", labelColumns: ["Description"], amount: { kind: "signed", column: "Amount" }, decimalSeparator: ".", externalIdColumn: "Reference" };
    expect(txs(text, { csvProfile: profile }).map((t) => [t.amount, t.externalId])).toEqual([["-12.50", "000123"], ["7.00", "000124"]]);
  });
});
