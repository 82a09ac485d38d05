/** Bad MT940 input: one AppError("PARSE_ERROR") naming the line, never a crash or a hang. */
import { describe, expect, it } from "vitest";
import { mt940Aggregator } from "../../../../lib/aggregators/file/mt940";
import { AppError } from "../../../../lib/errors";
import { readFixture } from "../../../helpers/fixtures";

const utf8 = (text: string) => new TextEncoder().encode(text);

function parseError(input: string | Uint8Array): AppError {
  try {
    mt940Aggregator.parse(typeof input === "string" ? utf8(input) : input);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("PARSE_ERROR");
    return error as AppError;
  }
  throw new Error("expected a PARSE_ERROR");
}

const header = ":20:R\n:25:123456\n:28C:1\n:60F:C240301EUR1,00\n";

describe("mt940 bad input", () => {
  it("refuses a file without statements", () => {
    expect(parseError("hello\nworld\n").message).toMatch(/no statement/);
    expect(parseError("").message).toMatch(/no statement/);
    expect(parseError(":20:ONLY A REFERENCE\nsome text\n").message).toMatch(/no statement/);
  });

  it("refuses binary garbage", () => {
    parseError(new Uint8Array(8192).map((_, i) => (i * 151 + 3) % 256));
  });

  it("names the line of a truncated :61:", () => {
    expect(parseError(`${header}:61:2403`).message).toContain("line 5");
  });

  it("names the line of an impossible month", () => {
    expect(parseError(`${header}:61:241305D1,00NTRFNONREF\n`).message).toMatch(/line 5: impossible date/);
  });

  it("names the line of a bad mark, amount or balance", () => {
    expect(parseError(`${header}:61:240305X1,00NTRFNONREF\n`).message).toContain("line 5");
    expect(parseError(`${header}:61:240305DNTRFNONREF\n`).message).toMatch(/line 5: expected an amount/);
    expect(parseError(":20:R\n:25:1\n:60F:C240301ZZZ1,00\n").message).toMatch(/line 3: unknown currency/);
    expect(parseError(":20:R\n:25:1\n:60F:X240301EUR1,00\n").message).toMatch(/line 3/);
  });

  it("refuses an amount with more decimals than the currency has", () => {
    expect(parseError(`${header}:61:240305D1,005NTRFNONREF\n`).message).toMatch(/line 5: .*more decimals than EUR/);
  });

  it("names the line that is too long, wherever it is", () => {
    expect(parseError(`${header}:86:${"x".repeat(20_000)}\n`).message).toMatch(/line 5: the line is longer/);
  });

  it("refuses a huge single line quickly instead of scanning it", () => {
    const huge = new Uint8Array(12 * 1024 * 1024).fill(0x41);
    huge.set(utf8(":20:"), 0);
    expect(parseError(huge).message).toMatch(/line 1: the line is longer than \d+ characters/);
  });

  it("keeps a statement cut after its last entry (no closing balance)", () => {
    const text = new TextDecoder().decode(readFixture("mt940/php-mt940__Zetb-sample"));
    const cut = text.slice(0, text.indexOf(":62F:"));
    const result = mt940Aggregator.parse(utf8(cut));
    expect(result.statements[0]?.transactions).toHaveLength(8);
    expect(result.statements[0]?.closingBalance).toBeNull();
  });

  it("does not recognise other formats", () => {
    expect(mt940Aggregator.detect(utf8('<?xml version="1.0"?><Document><BkToCstmrStmt/></Document>'))).toBe(0);
    expect(mt940Aggregator.detect(utf8("Date;Label;Amount\n01/02/2024;CAFE;-3,50\n"))).toBe(0);
    expect(mt940Aggregator.detect(utf8("OFXHEADER:100\nDATA:OFXSGML\n<OFX>"))).toBe(0);
  });
});
