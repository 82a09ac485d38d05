import { describe, expect, it } from "vitest";
import { columnIndex, mappingFromProfile, previewMapping, profileFromMapping, splitRecords, type FileRecord, type Mapping } from "../../../app/(app)/import/live-preview";
import { chooseCsvStart, csvPreviewTarget, type SavedProfileOption } from "../../../app/(app)/import/choose-profile";
import { profileFileName, readProfileFile } from "../../../app/(app)/import/profile-file";
import { UploadError, describeUploadError, formatBytes } from "../../../app/(app)/import/upload";
import { detectCsvProfile, parseCsv, parseCsvProfile, type CsvDetection } from "../../../lib/aggregators/file/csv";

const layout = { encoding: "utf-8", delimiter: ";" };
const base: Mapping = {
  skipRows: 0, hasHeader: false, dateColumn: 0, dateFormat: "dd/mm/yyyy", labelColumns: [1, 2], amountKind: "signed", amountColumn: 3,
  debitColumn: 3, creditColumn: 4, indicatorColumn: 4, debitValues: "D", decimalSeparator: ",", invertSign: false, currency: "",
};
const records = (rows: string[][], firstLine = 1): FileRecord[] => rows.map((cells, i) => ({ line: firstLine + i, cells }));
const read = (rows: FileRecord[], mapping: Mapping) => previewMapping(rows, mapping, null, layout).rows.map(({ date, amount, label }) => ({ date, amount, label }));

describe("mapping screen live preview", () => {
  const rows = records([
    ["05/01/2024", "CB CARREFOUR", "Paris", "-42,34", ""],
    ["31/01/2024", "VIR SALAIRE", "", "1.234,56", ""],
    ["30/02/2024", "BAD DATE", "", "abc", ""],
  ]);

  it("reads dates, signed amounts and joined labels like the parser, and counts the rows it cannot read", () => {
    expect(read(rows, base)).toEqual([
      { date: "2024-01-05", amount: "-42.34", label: "CB CARREFOUR Paris" },
      { date: "2024-01-31", amount: "1234.56", label: "VIR SALAIRE" },
      { date: null, amount: null, label: "BAD DATE" },
    ]);
    expect(previewMapping(rows, base, null, layout).unreadable).toBe(1);
  });

  it("makes debits negative whatever their written sign, reads an indicator column, and inverts card signs when asked", () => {
    const split = records([["05/01/2024", "A", "", "12,00", ""], ["06/01/2024", "B", "", "-3,00", ""], ["07/01/2024", "C", "", "", "50,00"]]);
    const mapping = { ...base, amountKind: "debitCredit" as const };
    expect(read(split, mapping).map((r) => r.amount)).toEqual(["-12.00", "-3.00", "50.00"]);
    expect(read(split, { ...mapping, invertSign: true }).map((r) => r.amount)).toEqual(["12.00", "3.00", "-50.00"]);
    const indicated = records([["05/01/2024", "A", "", "12,00", "Af"], ["06/01/2024", "B", "", "3,00", "Bij"], ["07/01/2024", "C", "", "-1,00", "af"]]);
    expect(read(indicated, { ...base, amountKind: "indicator", debitValues: " Af , D" }).map((r) => r.amount)).toEqual(["-12.00", "3.00", "-1.00"]);
  });

  it("skips a preamble and takes the header row from the first line to read", () => {
    const file = records([["Relevé", "compte 123"], ["Date", "Libellé", "", "Montant"], ["05/01/2024", "PAIN", "", "-1,10"]]);
    const mapping = { ...base, skipRows: 1, hasHeader: true, labelColumns: [1] };
    expect(splitRecords(file, mapping).header?.cells[0]).toBe("Date");
    expect(previewMapping(file, mapping, null, layout)).toMatchObject({ header: ["Date", "Libellé", "", "Montant"], unreadable: 0, error: null });
    expect(read(file, mapping)).toEqual([{ date: "2024-01-05", amount: "-1.10", label: "PAIN" }]);
    // Without the header setting the header row is one more (unreadable) data row.
    expect(previewMapping(file, { ...mapping, hasHeader: false }, null, layout).unreadable).toBe(1);
  });

  it("says why a mapping cannot be used: a base profile naming a column the header lacks, an empty indicator list", () => {
    const file = records([["Date", "Label", "x", "Amount"], ["05/01/2024", "A", "", "1,00"]]);
    const mapping = { ...base, hasHeader: true };
    expect(previewMapping(file, mapping, { name: "Bank", balanceColumn: "Solde" }, layout).error).toMatch(/Solde/);
    expect(previewMapping(file, { ...mapping, amountKind: "indicator", debitValues: " , " }, null, layout).error).toMatch(/debitValues/);
  });

  it("round-trips a profile through the editor into one the parser accepts", () => {
    const headers = ["Date", "Label", "Where", "Amount"];
    const detected = { name: "Detected", dateColumn: "Date", dateFormat: "dd/mm/yyyy", labelColumns: ["Label"], amount: { kind: "signed", column: "amount" }, decimalSeparator: ",", hasHeader: true, skipRows: 2, balanceColumn: "Balance" };
    expect(columnIndex("AMOUNT", headers)).toBe(3);
    const mapping = mappingFromProfile(detected, headers, { skipRows: 0, hasHeader: false });
    expect([mapping.dateColumn, mapping.labelColumns, mapping.amountColumn, mapping.decimalSeparator, mapping.skipRows, mapping.hasHeader]).toEqual([0, [1], 3, ",", 2, true]);
    const parsed = parseCsvProfile(profileFromMapping(detected, { ...mapping, currency: "chf" }, layout));
    expect([parsed.currency, parsed.delimiter, parsed.skipRows, parsed.balanceColumn, parsed.amount]).toEqual(["CHF", ";", 2, "Balance", { kind: "signed", column: 3 }]);
    const indicator = mappingFromProfile({ amount: { kind: "indicator", column: 3, indicatorColumn: 4, debitValues: ["D", "DR"] } }, null, { skipRows: 3, hasHeader: false });
    expect([indicator.amountKind, indicator.indicatorColumn, indicator.debitValues, indicator.skipRows]).toEqual(["indicator", 4, "D, DR", 3]);
  });

  it("reads a headerless file with a preamble, two-digit years and credit before debit as the parser does once mapped by hand", () => {
    const text = "RELEVE DE COMPTE\r\nTitulaire : M. DUPONT\r\n\r\n02/10/26;CB BOULANGERIE;;4,20\r\n05/10/26;VIREMENT SALAIRE;2 150,00;\r\n";
    const bytes = new TextEncoder().encode(text);
    const detection = detectCsvProfile(bytes);
    const file = records([["RELEVE DE COMPTE"], ["Titulaire : M. DUPONT"], ["02/10/26", "CB BOULANGERIE", "", "4,20"], ["05/10/26", "VIREMENT SALAIRE", "2 150,00", ""]]);
    file[2]!.line = 4;
    file[3]!.line = 5;
    const mapping: Mapping = { ...base, skipRows: 3, dateFormat: "dd/mm/yy", labelColumns: [1], amountKind: "debitCredit", debitColumn: 3, creditColumn: 2 };
    const live = read(file, mapping);
    expect(live).toEqual([{ date: "2026-10-02", amount: "-4.20", label: "CB BOULANGERIE" }, { date: "2026-10-05", amount: "2150.00", label: "VIREMENT SALAIRE" }]);
    const parsed = parseCsv(bytes, { csvProfile: profileFromMapping(detection.profile as Record<string, unknown>, mapping, { encoding: detection.encoding, delimiter: detection.delimiter }) });
    expect(parsed.statements[0]!.transactions.map(({ date, amount, label }) => ({ date, amount, label }))).toEqual(live);
  });
});

describe("where a CSV starts", () => {
  const detection = (over: Partial<CsvDetection>): CsvDetection => ({
    profile: null, confidence: 0, issues: [], encoding: "utf-8", delimiter: ";", headers: null, headerLine: null, dataStartLine: 1, columnCount: 3, preview: [], preset: null, ...over,
  });
  const profile = parseCsvProfile({ name: "p", hasHeader: false, dateColumn: 0, dateFormat: "dd/mm/yyyy", labelColumns: [1], amount: { kind: "signed", column: 2 }, decimalSeparator: "," }) as unknown as Record<string, unknown>;
  const saved = (id: string, accountId: string | null, isMatching = true): SavedProfileOption => ({ id, name: id, accountId, profile, isMatching });
  const confident = detection({ profile: parseCsvProfile(profile), confidence: 0.85 });

  it("opens the mapping screen when detection is unsure, and previews a preset or a confident guess", () => {
    expect(chooseCsvStart(detection({}), [], "auto", [])).toEqual({ kind: "mapping" });
    expect(chooseCsvStart({ ...confident, issues: ["Debit and credit told apart by position only"] }, [], "auto", [])).toEqual({ kind: "mapping" });
    expect(chooseCsvStart({ ...confident, confidence: 0.55 }, [], "auto", [])).toEqual({ kind: "mapping" });
    expect(chooseCsvStart(confident, [], "auto", [])).toEqual({ kind: "detected" });
    expect(chooseCsvStart(detection({ preset: "knab-nl", confidence: 0.95 }), [], "new", [])).toEqual({ kind: "detected" });
  });

  it("uses the one saved profile that reads the file, and goes to its account unless the user chose another", () => {
    expect(chooseCsvStart(detection({}), [saved("a", "acc1")], "auto", ["acc1"])).toMatchObject({ kind: "saved", saved: { id: "a" }, target: "acc1" });
    expect(chooseCsvStart(detection({}), [saved("a", "acc1")], "new", ["acc1"])).toMatchObject({ kind: "saved", target: "acc1" });
    expect(chooseCsvStart(detection({}), [saved("a", null)], "acc2", ["acc2"])).toMatchObject({ kind: "saved", target: "acc2" });
    expect(chooseCsvStart(detection({}), [saved("a", "acc1")], "acc2", ["acc1", "acc2"])).toEqual({ kind: "mapping" });
    // A profile that does not read the file, or whose account was closed, is not used.
    expect(chooseCsvStart(detection({}), [saved("a", "acc1", false)], "auto", ["acc1"])).toEqual({ kind: "mapping" });
    expect(chooseCsvStart(detection({}), [saved("a", "gone")], "auto", ["acc1"])).toEqual({ kind: "mapping" });
    // Two fitting profiles: the chosen account's wins; with no choice the user picks on the mapping screen.
    expect(chooseCsvStart(detection({}), [saved("a", "acc1"), saved("b", "acc2")], "acc2", ["acc1", "acc2"])).toMatchObject({ kind: "saved", saved: { id: "b" } });
    expect(chooseCsvStart(detection({}), [saved("a", "acc1"), saved("b", "acc2")], "auto", ["acc1", "acc2"])).toEqual({ kind: "mapping" });
  });
});

describe("the account a CSV is previewed into", () => {
  it("goes to a new account at once when 'auto' has no account column to go by, and keeps any explicit choice", () => {
    const plain = { name: "p", dateColumn: 0 };
    expect(csvPreviewTarget("auto", plain)).toEqual({ target: "new", isFallback: true });
    expect(csvPreviewTarget("auto", null)).toEqual({ target: "new", isFallback: true });
    expect(csvPreviewTarget("auto", { ...plain, accountColumn: "IBAN" })).toEqual({ target: "auto", isFallback: false });
    expect(csvPreviewTarget("acc1", plain)).toEqual({ target: "acc1", isFallback: false });
    expect(csvPreviewTarget("new", plain)).toEqual({ target: "new", isFallback: false });
  });
});

describe("a profile as a JSON file", () => {
  it("names the file after the profile and reads back only a valid profile", async () => {
    expect(profileFileName("Crédit Agricole (mine)")).toBe("credit-agricole-mine.csv-profile.json");
    expect(profileFileName("???")).toBe("tirelire.csv-profile.json");
    const valid = { name: "Mine", hasHeader: false, skipRows: 4, dateColumn: 0, dateFormat: "dd/mm/yy", labelColumns: [1], amount: { kind: "debitCredit", debit: 3, credit: 2 }, decimalSeparator: "," };
    expect(await readProfileFile(new Blob([JSON.stringify(valid)]))).toMatchObject({ name: "Mine", skipRows: 4, invertSign: false });
    await expect(readProfileFile(new Blob(["{not json"]))).rejects.toThrow(/not JSON/);
    await expect(readProfileFile(new Blob([JSON.stringify({ ...valid, dateFormat: "someday" })]))).rejects.toThrow(/date format/i);
    await expect(readProfileFile(new Blob(["x".repeat(300 * 1024)]))).rejects.toThrow(/too large/);
  });
});

describe("a file's error on its card", () => {
  const withLine = (message: string, line: number) => `${message} (line ${line})`;

  it("adds the line the server named when the message does not already say it", () => {
    expect(describeUploadError(new UploadError({ code: "PARSE_ERROR", message: "No transaction could be read from this CSV.", line: 12 }, 422), withLine))
      .toBe("No transaction could be read from this CSV. (line 12)");
    expect(describeUploadError(new UploadError({ code: "PARSE_ERROR", message: "OFX: the file ends inside <STMTTRN> opened at line 7.", line: 7 }, 422), withLine))
      .toBe("OFX: the file ends inside <STMTTRN> opened at line 7.");
    expect(describeUploadError(new UploadError({ code: "TOO_LARGE", message: "The file is larger than the 50 MB upload limit." }, 413), withLine))
      .toBe("The file is larger than the 50 MB upload limit.");
    expect(describeUploadError(new Error("offline"), withLine)).toBe("offline");
  });

  it("writes sizes in the reader's language", () => {
    expect([formatBytes(294, "en"), formatBytes(1536, "en"), formatBytes(52_428_800, "en")]).toEqual(["294 B", "1.5 KB", "50 MB"]);
    expect([formatBytes(1536, "fr"), formatBytes(52_428_800, "fr")]).toEqual(["1,5 Ko", "50 Mo"]);
  });
});
