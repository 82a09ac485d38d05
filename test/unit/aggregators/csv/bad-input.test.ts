/** Bad input: one clear AppError naming the line, quickly, and never a hang or a crash of another kind. */
import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/aggregators/file/csv";
import { AppError } from "@/lib/errors";

const utf8 = (text: string) => new TextEncoder().encode(text);

function failure(bytes: Uint8Array, options = {}): AppError {
  try {
    parseCsv(bytes, options);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected the parse to fail");
}

describe("CSV bad input", () => {
  it("empty and blank files", () => {
    expect(failure(new Uint8Array())).toMatchObject({ code: "PARSE_ERROR", message: "The file is empty." });
    expect(failure(utf8("\n\r\n  \n")).message).toMatch(/empty/);
  });

  it("binary content (an image, a zip) names the line of the first binary byte", () => {
    const png = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const error = failure(png);
    expect(error.code).toBe("PARSE_ERROR");
    expect(error.message).toMatch(/^Line \d+: binary content/);
    expect((error.details as { line: number }).line).toBeGreaterThanOrEqual(1);
  });

  it("one 200 MB line fails at once on line 1 (only its first 256 KB are looked at)", () => {
    const huge = new Uint8Array(200 * 1024 * 1024).fill(0x61);
    const started = performance.now();
    expect(failure(huge)).toMatchObject({ code: "PARSE_ERROR", details: { line: 1 } });
    expect(performance.now() - started).toBeLessThan(20_000); // a generous bound: the point is "no hang"
  });

  it("text that is not a CSV", () => {
    expect(failure(utf8("Dear customer,\nyour statement is attached.\nRegards\n")).message).toMatch(/^Line 1: no field separator/);
  });

  it("no amount column names the header line", () => {
    const error = failure(utf8("Intro\nDate;Description;Category\n01/02/2024;Coffee;Food\n03/02/2024;Bread;Food\n"));
    expect(error.message).toMatch(/^Line 2: No amount column found/);
    expect(error.details).toMatchObject({ line: 2 });
  });

  it("a header with no data rows, and rows whose dates never read", () => {
    expect(failure(utf8("Date;Description;Amount\n")).message).toBe("Line 1: No data rows after the header. Map the columns with a CSV profile.");
    const error = failure(utf8("Date;Description;Amount\n01/02/2024;A;-1,00\n"), {
      csvProfile: { name: "Wrong", hasHeader: true, dateColumn: "Description", dateFormat: "dd/mm/yyyy", labelColumns: ["Date"], amount: { kind: "signed", column: "Amount" }, decimalSeparator: "," },
    });
    expect(error.message).toBe('Line 2: unreadable date "A" (expected dd/mm/yyyy): row skipped; no transaction could be read.');
  });

  it("an invalid profile is INVALID_INPUT, not a crash", () => {
    expect(failure(utf8("Date;Amount\n01/02/2024;1\n"), { csvProfile: "{not json" })).toMatchObject({ code: "INVALID_INPUT" });
    expect(failure(utf8("Date;Amount\n01/02/2024;1\n"), { csvProfile: { name: "x", amount: { kind: "other" } } })).toMatchObject({ code: "INVALID_INPUT" });
  });

  it("truncated files keep what is complete and warn about the cut row", () => {
    const result = parseCsv(utf8('Date,Description,Amount\n2024-01-02,A,-1.00\n2024-01-03,"B unterminated'));
    expect(result.statements[0]!.transactions).toHaveLength(1);
    expect(result.warnings).toEqual([expect.objectContaining({ line: 3 })]);
  });
});
