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

  it("parses non-CSV files whole whatever their size", () => {
    const ofx = new TextEncoder().encode(`OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR<BANKACCTFROM><BANKID>1<ACCTID>2<ACCTTYPE>CHECKING</BANKACCTFROM><BANKTRANLIST>${"<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240101<TRNAMT>-1.00<FITID>X<NAME>A</STMTTRN>".repeat(200)}</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>`);
    expect([...parseInChunks({ bytes: ofx }, 1_000, 0)]).toHaveLength(1);
  });
});
