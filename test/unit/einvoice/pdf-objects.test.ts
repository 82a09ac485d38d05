import { describe, expect, it } from "vitest";
import { PdfLexer, decodePdfString, isDict, type PdfValue } from "../../../lib/konnectors/einvoice/pdf-objects";
import { decodeAscii85, decodeAsciiHex, decodeLzw, decodeRunLength } from "../../../lib/konnectors/einvoice/pdf-filters";
import { unpredict } from "../../../lib/konnectors/einvoice/pdf-predictors";
import { decodeWithCMap, parseToUnicode } from "../../../lib/konnectors/einvoice/pdf-cmap";

const read = (text: string): PdfValue => new PdfLexer(text).readValue();

describe("PDF object syntax", () => {
  it("reads dictionaries, arrays, references, numbers, booleans and null", () => {
    const value = read("<< /Type /Filespec /EF << /F 12 0 R >> /Kids [1 0 R 2 0 R] /N -3.5 /B true /Z null >>");
    expect(isDict(value)).toBe(true);
    if (!isDict(value)) return;
    expect(value.entries.get("Type")).toEqual({ kind: "name", name: "Filespec" });
    const ef = value.entries.get("EF");
    expect(isDict(ef) && ef.entries.get("F")).toEqual({ kind: "ref", num: 12, gen: 0 });
    expect(value.entries.get("Kids")).toEqual([{ kind: "ref", num: 1, gen: 0 }, { kind: "ref", num: 2, gen: 0 }]);
    expect([value.entries.get("N"), value.entries.get("B"), value.entries.get("Z")]).toEqual([-3.5, true, null]);
  });

  it("decodes literal string escapes, octal codes, balanced parentheses and line continuations", () => {
    expect(read("(a\\(b\\) (c) \\101\\n\\\\ d\\\ne)")).toEqual({ kind: "string", bytes: "a(b) (c) A\n\\ de" });
    expect(read("(line\r\nnext)")).toEqual({ kind: "string", bytes: "line\nnext" });
    expect(read("<48 656C6C6F7>")).toEqual({ kind: "string", bytes: "Hello" + "p" });
  });

  it("decodes #-escaped names and UTF-16 file names", () => {
    expect(read("/text#2Fxml")).toEqual({ kind: "name", name: "text/xml" });
    expect(decodePdfString({ kind: "string", bytes: "\xfe\xff\x00f\x00\xfc" })).toBe("fü");
  });

  it("refuses absurd nesting instead of overflowing the stack", () => {
    expect(() => read("[".repeat(200))).toThrow(/nested/);
  });
});

describe("PDF filters and CMaps", () => {
  it("decodes ASCIIHex and ASCII85", () => {
    expect(new TextDecoder().decode(decodeAsciiHex(new TextEncoder().encode("48 69>")))).toBe("Hi");
    expect(new TextDecoder().decode(decodeAscii85(new TextEncoder().encode("87cURD]i,\"Ebo7~>")))).toBe("Hello World");
  });

  it("decodes LZW (the specification's example) and RunLength", () => {
    expect(new TextDecoder().decode(decodeLzw(Uint8Array.from([0x80, 0x0b, 0x60, 0x50, 0x22, 0x0c, 0x0c, 0x85, 0x01])))).toBe("-----A---B");
    expect(new TextDecoder().decode(decodeRunLength(Uint8Array.from([2, 65, 66, 67, 254, 68, 128])))).toBe("ABCDDD");
  });

  it("undoes PNG Up predictors row by row", () => {
    const rows = Uint8Array.from([2, 1, 2, 3, 2, 1, 1, 1]);
    expect([...unpredict(rows, { predictor: 12, columns: 3 })]).toEqual([1, 2, 3, 2, 3, 4]);
  });

  it("maps glyph codes through bfchar and bfrange", () => {
    const cmap = parseToUnicode("1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfchar <0003> <0020> endbfchar 1 beginbfrange <0010> <0012> <0041> endbfrange");
    expect(decodeWithCMap("\x00\x10\x00\x03\x00\x12", cmap)).toBe("A C");
  });
});
