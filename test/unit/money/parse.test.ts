import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { detectDecimalSeparator, fromMinor, parseAmount, toMinor, currencyExponent, normalizeCurrency, formatMoney } from "../../../lib/money";

describe("parseAmount", () => {
  it.each([
    ["1.234,56", "1234.56"],
    ["1,234.56", "1234.56"],
    ["1'234.56", "1234.56"],
    ["1 234,56", "1234.56"],
    ["1\u00a0234,56", "1234.56"],
    ["1\u202f234,56 €", "1234.56"],
    ["(85.00)", "-85.00"],
    ["85.00-", "-85.00"],
    ["+12", "12"],
    [".23", "0.23"],
    ["$1,000.00", "1000.00"],
    ["-$1,000.00", "-1000.00"],
    ["EUR -5", "-5"],
    ["-00000000047860.0000", "-47860.0000"],
    ["+00000000000005.2300", "5.2300"],
    ["-200,00", "-200.00"],
    ["12,3", "12.3"],
    ["0.123", "0.123"],
    ["1.234.567,89", "1234567.89"],
    ["−12,50", "-12.50"],
    ["-0.00", "0.00"],
  ])("reads %j as %j", (input, expected) => {
    expect(parseAmount(input)).toBe(expected);
  });

  it.each(["", "abc", "1.2.3,4,5", "12-34", "1,23,456.00x", "--"])("rejects %j", (input) => {
    expect(parseAmount(input)).toBeNull();
  });

  it("uses the column's decimal separator for ambiguous values", () => {
    expect(parseAmount("1.234")).toBe("1234");
    expect(parseAmount("1.234", { decimalSeparator: "." })).toBe("1.234");
    expect(parseAmount("1,234", { decimalSeparator: "," })).toBe("1.234");
  });

  it("scores the decimal separator over a whole column", () => {
    expect(detectDecimalSeparator(["1.234", "12,50", "3,10"])).toBe(",");
    expect(detectDecimalSeparator(["1,234", "12.50", "3.10"])).toBe(".");
  });
});

describe("minor units", () => {
  it("uses the currency's exponent", () => {
    expect(currencyExponent("EUR")).toBe(2);
    expect(currencyExponent("JPY")).toBe(0);
    expect(currencyExponent("BHD")).toBe(3);
    expect(toMinor("12.30", "EUR")).toBe(1230n);
    expect(toMinor("-5", "JPY")).toBe(-5n);
    expect(toMinor("1.234", "BHD")).toBe(1234n);
    expect(fromMinor(-5n, "EUR")).toBe("-0.05");
    expect(fromMinor(1234n, "BHD")).toBe("1.234");
  });

  it("never rounds silently", () => {
    expect(() => toMinor("1.234", "EUR")).toThrow(/more decimals/);
    expect(toMinor("1.2300", "EUR")).toBe(123n);
  });

  it("knows ISO 4217 codes", () => {
    expect(normalizeCurrency(" eur")).toBe("EUR");
    expect(normalizeCurrency("XYZ")).toBeNull();
  });

  it("round-trips any minor amount through its decimal string", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.constantFrom("EUR", "JPY", "BHD", "CLF"), (minor, currency) => {
        expect(toMinor(fromMinor(minor, currency), currency)).toBe(minor);
      }),
    );
  });

  it("round-trips formatted notations back to the same amount", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), (minor) => {
        const canonical = fromMinor(minor, "EUR");
        const [whole = "", fraction = ""] = canonical.replace("-", "").split(".");
        const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
        const european = `${minor < 0n ? "-" : ""}${grouped},${fraction}`;
        const american = `${minor < 0n ? "(" : ""}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${fraction}${minor < 0n ? ")" : ""}`;
        expect(toMinor(parseAmount(european)!, "EUR")).toBe(minor);
        expect(toMinor(parseAmount(american)!, "EUR")).toBe(minor);
      }),
    );
  });

  it("sums exactly where floats would drift", () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), { maxLength: 200 }), (values) => {
        const total = values.reduce((sum, v) => sum + v, 0n);
        const viaStrings = values.map((v) => toMinor(fromMinor(v, "EUR"), "EUR")).reduce((sum, v) => sum + v, 0n);
        expect(viaStrings).toBe(total);
      }),
    );
    expect(toMinor("0.1", "EUR") + toMinor("0.2", "EUR")).toBe(toMinor("0.3", "EUR"));
  });

  it("formats with Intl for the locale", () => {
    expect(formatMoney(123456n, "EUR", "fr-FR").replace(/\s/g, " ")).toBe("1 234,56 €");
    expect(formatMoney(-123456n, "USD", "en-US")).toBe("-$1,234.56");
    expect(formatMoney(1500n, "JPY", "en-US")).toBe("¥1,500");
    expect(formatMoney(12345678901234567n, "EUR", "en-US")).toBe("€123,456,789,012,345.67");
  });
});

describe("currency symbols before a bare decimal point", () => {
  it("keeps the point of '$.23' and still strips abbreviation dots", () => {
    expect(parseAmount("$.23")).toBe("0.23");
    expect(parseAmount("-$.5")).toBe("-0.5");
    expect(parseAmount("Rs.1,000")).toBe("1000");
  });
});
