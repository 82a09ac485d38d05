/** Bad QIF input: one PARSE_ERROR naming the line, or a parse with warnings; never a crash or a hang. */
import { describe, expect, it } from "vitest";
import { parseQif, qifAggregator } from "../../../../lib/aggregators/file/qif";
import { ofxAggregator } from "../../../../lib/aggregators/file/ofx";
import { detectFormat, parseFile } from "../../../../lib/aggregators/file";
import { AppError } from "../../../../lib/errors";
import { listFixtures, readFixture } from "../../../helpers/fixtures";
import { CANONICAL_AMOUNT, mutate, seededRandom } from "../ofx/helpers";

const encode = (text: string) => new TextEncoder().encode(text);

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

describe("QIF bad input", () => {
  it("empty, blank and list-only files", () => {
    expect(expectParseError(() => parseQif(new Uint8Array())).message).toMatch(/empty/);
    expect(expectParseError(() => parseQif(encode("\n\n  \n"))).message).toMatch(/no transaction section/);
    expect(expectParseError(() => parseQif(encode("!Type:Cat\nNFood\n^\n"))).message).toMatch(/no transaction section/);
  });

  it("binary garbage and prose name their line", () => {
    const random = seededRandom(11);
    const garbage = Uint8Array.from({ length: 50_000 }, () => Math.floor(random() * 256));
    expect(qifAggregator.detect(garbage)).toBe(0);
    expect(expectParseError(() => parseFile(garbage, { format: "qif" })).message).toMatch(/line \d+/);
    expect(expectParseError(() => parseQif(encode("Dear bank,\nplease send me my statement.\n"))).message).toMatch(/line 1 is neither a header/);
    expect(expectParseError(() => parseQif(encode("!Type:Bank\nD1/1/2024\nT-1\nP\u0000\u0001x\n^"))).message).toMatch(/binary data at line 4/);
  });

  it("NUL and Ctrl-Z padding at the end (DOS exporters) is not garbage", () => {
    const bytes = new Uint8Array([...encode("!Type:Bank\nD1/1/2024\nT-1\nPA\n^\n"), 0, 0, 0x1a]);
    expect(parseQif(bytes).statements[0]?.transactions).toHaveLength(1);
  });

  it("a file cut inside a record keeps the complete records and reports the cut one", () => {
    const full = new TextDecoder().decode(readFixture("qif/bank-statement-import__test_qif_dmy.qif"));
    const cut = full.slice(0, full.indexOf("T-421.35"));
    const result = parseQif(encode(cut));
    expect(result.statements[0]?.transactions).toHaveLength(4);
    expect(result.warnings).toEqual([expect.objectContaining({ line: 18, message: expect.stringMatching(/No amount/) })]);
  });

  it("a 30 MB single line that is not QIF fails at line 1", () => {
    const line = new Uint8Array(30 * 1024 * 1024).fill(0x7a);
    expect(expectParseError(() => parseQif(line)).message).toMatch(/line 1/);
  });

  it("a 30 MB payee line does not hang", () => {
    const result = parseQif(encode(`!Type:Bank\nD1/1/2024\nT-1\nP${"x".repeat(30 * 1024 * 1024)}\n^\n`));
    expect(result.statements[0]?.transactions[0]?.label).toHaveLength(30 * 1024 * 1024);
  });

  it("a 30 MB amount or date line is rejected as a value, not by a runaway regex", () => {
    const result = parseQif(encode(`!Type:Bank\nD${"1/".repeat(1_000_000)}\nT${"1,".repeat(1_000_000)}\n^\nD1/1/2024\nT-1\n^`));
    expect(result.statements[0]?.transactions).toHaveLength(1);
  });

  it("fuzz: 600 mutations of the fixtures parse or fail with PARSE_ERROR, nothing else", () => {
    const random = seededRandom(2027);
    const fixtures = listFixtures("qif").map((name) => readFixture(`qif/${name}`));
    for (let i = 0; i < 600; i++) {
      const bytes = mutate(fixtures[i % fixtures.length] as Uint8Array, random);
      try {
        for (const s of parseQif(bytes).statements) for (const t of s.transactions) expect(t.amount).toMatch(CANONICAL_AMOUNT);
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== "PARSE_ERROR") throw new Error(`mutation ${i}: ${String(error)}`);
      }
    }
  });
});

describe("content detection (never the file name)", () => {
  it("UTF-16 QIF with a BOM is detected and decoded", () => {
    const text = "!Type:Bank\r\nD1/5/2024\r\nT-3.50\r\nPCaf\u00e9\r\n^\r\n";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    expect(qifAggregator.detect(bytes)).toBeGreaterThan(0.5);
    const result = parseQif(bytes);
    expect(result.encoding).toBe("utf-16le");
    expect(result.statements[0]?.transactions[0]).toMatchObject({ label: "Café", amount: "-3.50", date: "2024-01-05" });
  });

  it("QIF fixtures are QIF, OFX fixtures are OFX, for our two sniffers and for detectFormat", () => {
    for (const name of listFixtures("qif")) {
      const bytes = readFixture(`qif/${name}`);
      expect(qifAggregator.detect(bytes), name).toBeGreaterThan(0.5);
      expect(ofxAggregator.detect(bytes), name).toBe(0);
      expect(detectFormat(bytes), name).toBe("qif");
    }
    for (const name of listFixtures("ofx")) {
      const bytes = readFixture(`ofx/${name}`);
      expect(ofxAggregator.detect(bytes), name).toBeGreaterThan(0.5);
      expect(qifAggregator.detect(bytes), name).toBe(0);
      expect(detectFormat(bytes), name).toBe("ofx");
    }
  });
});
