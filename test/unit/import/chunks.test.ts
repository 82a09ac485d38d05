import { describe, expect, it } from "vitest";
import { parseInChunks } from "../../../lib/import/chunks";
import { parseImportFile } from "../../../lib/import/parse-input";

function bankCsv(rows: number): Uint8Array {
  const lines = ["Relevé de compte;FR76 3000 4000 0312 3456 7890 143", "", "Date;Libellé;Montant"];
  for (let i = 0; i < rows; i++) {
    const day = String((i % 28) + 1).padStart(2, "0");
    // Every 7th label is quoted and spans two lines: a cut must never fall inside it.
    const label = i % 7 === 0 ? `"CB SHOP ${i}\nSECOND LINE; WITH DELIMITER"` : `CB SHOP ${i}`;
    lines.push(`${day}/03/2024;${label};-${(i % 90) + 1},${String(i % 100).padStart(2, "0")}`);
  }
  return new TextEncoder().encode(lines.join("\r\n") + "\r\n");
}

describe("parseInChunks", () => {
  it("yields one parse for a small file", () => {
    const chunks = [...parseInChunks({ bytes: bankCsv(10) })];
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.rowOffset).toBe(0);
  });

  it("cuts a large CSV into slices that together say exactly what the whole file says", () => {
    const bytes = bankCsv(3_000);
    const whole = parseImportFile({ bytes });
    const chunks = [...parseInChunks({ bytes }, 8_000, 0)];
    expect(chunks.length).toBeGreaterThan(10);
    const joined = chunks.flatMap((c) => c.parse.statements.flatMap((s) => s.transactions));
    expect(joined).toEqual(whole.statements[0]!.transactions);
    let expectedOffset = 0;
    for (const chunk of chunks) {
      expect(chunk.rowOffset).toBe(expectedOffset);
      expect(chunk.parse.encoding).toBe(whole.encoding);
      expectedOffset += chunk.parse.statements[0]!.transactions.length;
    }
    expect(joined.filter((t) => t.label.includes("SECOND LINE"))).toHaveLength(429);
  });

  it("cuts a large single-statement OFX at whole transactions, saying what the whole file says", () => {
    // One unreadable date in the middle: a warning naming its line in the file, not in the slice.
    const text = new TextDecoder().decode(ofxFile([statementOf(900, (i) => (i % 3 === 0 ? "-" : ""))], "</LEDGERBAL>"));
    const bytes = new TextEncoder().encode(text.replace("<DTPOSTED>20240205<TRNAMT>-31.50<FITID>F480", "<DTPOSTED>2024BAD5<TRNAMT>-31.50<FITID>F480"));
    const whole = parseImportFile({ bytes });
    expect(whole.warnings.filter((w) => w.line !== undefined && w.line > 400)).toHaveLength(1);
    const chunks = [...parseInChunks({ bytes }, 4_000, 0)];
    expect(chunks.length).toBeGreaterThan(10);
    const joined = chunks.flatMap((c) => c.parse.statements.flatMap((s) => s.transactions));
    expect(joined).toEqual(whole.statements[0]!.transactions);
    for (const chunk of chunks) {
      expect(chunk.parse.statements).toHaveLength(1);
      expect(chunk.parse.statements[0]!.account).toEqual(whole.statements[0]!.account);
      expect(chunk.parse.statements[0]!.closingBalance).toEqual(whole.statements[0]!.closingBalance);
    }
    expect(chunks.map((c) => c.rowOffset)).toEqual(chunks.map((_, i) => chunks.slice(0, i).reduce((n, c) => n + c.parse.statements[0]!.transactions.length, 0)));
    // The whole file's warnings, each once (the head and the tail come with every slice).
    expect(chunks.flatMap((c) => c.parse.warnings)).toEqual(whole.warnings);
  });

  it("counts a FITID repeated across OFX slices once for the whole file, as the whole parse does", () => {
    const text = new TextDecoder().decode(ofxFile([statementOf(900, (i) => (i % 3 === 0 ? "-" : ""))], "</LEDGERBAL>"));
    // F10 again far away (another slice), F20 twice more: three repeats, each slice alone seeing fewer.
    const bytes = new TextEncoder().encode(text.replace("<FITID>F850<", "<FITID>F10<").replace("<FITID>F600<", "<FITID>F20<").replace("<FITID>F21<", "<FITID>F20<"));
    const whole = parseImportFile({ bytes });
    const repeats = (warnings: { element?: string; message: string }[]) => warnings.filter((w) => w.element === "FITID");
    expect(repeats(whole.warnings)).toEqual([expect.objectContaining({ message: expect.stringMatching(/^3 transaction\(s\) repeat a FITID/) })]);
    const chunks = [...parseInChunks({ bytes }, 4_000, 0)];
    expect(chunks.length).toBeGreaterThan(10);
    expect(repeats(chunks.flatMap((c) => c.parse.warnings))).toEqual(repeats(whole.warnings));
  });

  it("parses OFX whole when slices could read differently, and other formats whole whatever their size", () => {
    const wholeOnly = [
      ofxFile([statementOf(200, () => "-"), statementOf(200, () => "-")], ""), // two statements
      ofxFile([statementOf(200, (i) => (i < 199 ? "" : "-"))], ""), // a slice without any negative amount
      ofxFile([statementOf(200, () => "-", "CAFÉ")], ""), // not ASCII
    ];
    for (const bytes of wholeOnly) expect([...parseInChunks({ bytes }, 1_000, 0)]).toHaveLength(1);
    const qif = new TextEncoder().encode(`!Type:Bank\n${"D01/02/2024\nT-1.00\nPSHOP\n^\n".repeat(300)}`);
    expect([...parseInChunks({ bytes: qif }, 1_000, 0)]).toHaveLength(1);
  });

  it("a parse error in an OFX slice is the whole file's error, with the file's line", () => {
    const good = ofxFile([statementOf(300, () => "-")], "");
    const text = new TextDecoder().decode(good).replace("<NAME>SHOP 150</STMTTRN>", "<NAME>SHOP 150<!-- never closed </STMTTRN>");
    const bytes = new TextEncoder().encode(text);
    let wholeError: unknown;
    try {
      parseImportFile({ bytes });
    } catch (error) {
      wholeError = error;
    }
    let chunkError: unknown;
    try {
      Array.from(parseInChunks({ bytes }, 1_000, 0));
    } catch (error) {
      chunkError = error;
    }
    expect(wholeError).toMatchObject({ code: "PARSE_ERROR" });
    expect(chunkError).toEqual(wholeError);
  });
});

function statementOf(rows: number, sign: (i: number) => string, label = "SHOP"): string {
  const lines: string[] = [];
  for (let i = 0; i < rows; i++) {
    const day = String((i % 28) + 1).padStart(2, "0");
    lines.push(`<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>202402${day}<TRNAMT>${sign(i)}${(i % 90) + 1}.50<FITID>F${i}<NAME>${label} ${i}</STMTTRN>`);
  }
  return `<STMTTRNRS><TRNUID>1<STMTRS><CURDEF>EUR<BANKACCTFROM><BANKID>1<ACCTID>${rows}<ACCTTYPE>CHECKING</BANKACCTFROM><BANKTRANLIST><DTSTART>20240201<DTEND>20240228\n${lines.join("\n")}\n</BANKTRANLIST>`;
}

function ofxFile(statements: string[], ledgerEnd: string): Uint8Array {
  const body = statements.map((s) => `${s}<LEDGERBAL><BALAMT>-12.00<DTASOF>20240228${ledgerEnd}</STMTRS></STMTTRNRS>`).join("\n");
  return new TextEncoder().encode(`OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nENCODING:USASCII\nCHARSET:1252\n\n<OFX><BANKMSGSRSV1>\n${body}\n</BANKMSGSRSV1></OFX>\n`);
}
