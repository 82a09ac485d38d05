/**
 * Bad OFX input: empty, truncated, binary garbage, wrong encodings, mutated fixtures. Each gets one
 * AppError("PARSE_ERROR") naming the line or element, or parses with warnings: never another exception, never
 * a hang (sizes are large enough that a quadratic or backtracking path would blow the test timeout).
 */
import { describe, expect, it } from "vitest";
import { ofxAggregator, parseOfx } from "../../../../lib/aggregators/file/ofx";
import { parseFile } from "../../../../lib/aggregators/file";
import { AppError } from "../../../../lib/errors";
import { listFixtures, readFixture } from "../../../helpers/fixtures";
import { CANONICAL_AMOUNT, mutate, seededRandom } from "./helpers";

function expectParseError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("PARSE_ERROR");
    return error as AppError;
  }
  throw new Error("expected a PARSE_ERROR");
}

const SAMPLE = "ofxparse__bank_medium.ofx";

describe("OFX bad input", () => {
  it("empty file", () => {
    expect(expectParseError(() => parseOfx(new Uint8Array())).message).toMatch(/empty/);
  });

  it("binary garbage", () => {
    const random = seededRandom(7);
    const garbage = Uint8Array.from({ length: 100_000 }, () => Math.floor(random() * 256));
    expect(ofxAggregator.detect(garbage)).toBe(0);
    expect(expectParseError(() => parseFile(garbage, { format: "ofx" })).message).toMatch(/no <OFX> element/);
  });

  it("every fixture cut in the middle of its body fails naming a line", () => {
    for (const name of listFixtures("ofx")) {
      const bytes = readFixture(`ofx/${name}`);
      const text = new TextDecoder("latin1").decode(bytes);
      const cut = text.search(/<STMTTRN>|<INVPOS>|<ACCTINFO>|<INVTRANLIST>/) + 12;
      if (cut < 12) continue;
      const error = expectParseError(() => parseOfx(bytes.slice(0, cut)));
      expect(error.message, name).toMatch(/line \d+/);
    }
  });

  it("a file cut inside its header has no body to read", () => {
    expect(expectParseError(() => parseOfx(readFixture(`ofx/${SAMPLE}`).slice(0, 60))).message).toMatch(/no <OFX> element/);
  });

  it("UTF-16 files (with and without BOM) read like their UTF-8 original", () => {
    const text = new TextDecoder("latin1").decode(readFixture(`ofx/${SAMPLE}`));
    const utf16 = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) utf16[i * 2] = text.charCodeAt(i);
    const expected = parseOfx(readFixture(`ofx/${SAMPLE}`)).statements;
    expect(parseOfx(utf16).statements).toEqual(expected);
    expect(parseOfx(new Uint8Array([0xff, 0xfe, ...utf16])).statements).toEqual(expected);
    expect(ofxAggregator.detect(utf16)).toBeGreaterThan(0.5);
  });

  it("a forced wrong encoding gives a clear error, not garbage statements", () => {
    expectParseError(() => parseOfx(readFixture(`ofx/${SAMPLE}`), { encoding: "utf-16be" }));
  });

  it("header claiming UTF-8 over latin1 bytes, or US-ASCII over 8-bit text: bytes win, with a warning", () => {
    const body = "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR<BANKACCTFROM><ACCTID>1</BANKACCTFROM><BANKTRANLIST><STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20250101<TRNAMT>-1<NAME>Caf\u00e9</STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";
    const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
    const utf8Header = parseOfx(latin1(`OFXHEADER:100\nENCODING:UTF-8\nCHARSET:NONE\n\n${body}`));
    expect(utf8Header.encoding).toBe("windows-1252");
    expect(utf8Header.statements[0]?.transactions[0]?.label).toBe("Café");
    expect(utf8Header.warnings[0]).toMatchObject({ element: "header", message: expect.stringMatching(/declares utf-8/) });
    const asciiHeader = parseOfx(latin1(`OFXHEADER:100\nENCODING:USASCII\nCHARSET:NONE\n\n${body}`));
    expect(asciiHeader.statements[0]?.transactions[0]?.label).toBe("Café");
    expect(asciiHeader.warnings[0]?.message).toMatch(/US-ASCII/);
  });

  it("a 30 MB single line without any markup fails fast with one message", () => {
    const line = new Uint8Array(30 * 1024 * 1024).fill(0x41);
    expect(expectParseError(() => parseOfx(line)).message).toMatch(/no <OFX> element/);
  });

  it("an 8 MB single-line statement parses", () => {
    const transaction = "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20250101<TRNAMT>-1.25<FITID>F<NAME>X</STMTTRN>";
    const count = Math.floor((8 * 1024 * 1024) / transaction.length);
    const body = `<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR<BANKACCTFROM><ACCTID>1</BANKACCTFROM><BANKTRANLIST>${transaction.repeat(count)}</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>`;
    const result = parseOfx(new TextEncoder().encode(body));
    expect(result.statements[0]?.transactions).toHaveLength(count);
  });

  it("fuzz: 600 mutations of the fixtures parse or fail with PARSE_ERROR, nothing else", () => {
    const random = seededRandom(2026);
    const fixtures = listFixtures("ofx").map((name) => readFixture(`ofx/${name}`));
    for (let i = 0; i < 600; i++) {
      const bytes = mutate(fixtures[i % fixtures.length] as Uint8Array, random);
      try {
        const result = parseOfx(bytes);
        for (const s of result.statements) for (const t of s.transactions) expect(t.amount).toMatch(CANONICAL_AMOUNT);
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== "PARSE_ERROR") throw new Error(`mutation ${i}: ${String(error)}`);
      }
    }
  });
});
