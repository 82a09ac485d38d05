import { describe, expect, it } from "vitest";
import { csvAmount, csvHeaderLine, csvLine, csvText } from "../../../lib/insights/shape/csv";

describe("csvText", () => {
  it.each([
    ["=HYPERLINK(\"http://x\")", `"'=HYPERLINK(""http://x"")"`],
    ["+33 6 12", "'+33 6 12"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", `"'\rcmd"`],
  ])("neutralizes %j", (input, expected) => {
    expect(csvText(input)).toBe(expected);
  });

  it("quotes separators, quotes and newlines, and leaves plain text alone", () => {
    expect(csvText("CB LIDL")).toBe("CB LIDL");
    expect(csvText("a,b")).toBe('"a,b"');
    expect(csvText('say "hi"')).toBe('"say ""hi"""');
    expect(csvText("two\nlines")).toBe('"two\nlines"');
    expect(csvText(null)).toBe("");
  });
});

describe("csvLine", () => {
  it("keeps negative amounts numeric in their own column while text cells are neutralized", () => {
    const line = csvLine({
      date: "2024-03-01", account: "Main", label: "-VIR=1+1", payee: null, category: "Food", amount: "-12.30", currency: "EUR",
      status: "booked", tags: ["a", "b"], note: "@note", id: "t1",
    });
    expect(line).toBe("2024-03-01,Main,'-VIR=1+1,,Food,-12.30,EUR,booked,a; b,'@note,t1\r\n");
    expect(csvHeaderLine().split(",")[5]).toBe("amount");
  });

  it("refuses an amount that is not a canonical decimal", () => {
    expect(() => csvAmount("=1+1")).toThrow();
    expect(csvAmount("-0.5")).toBe("-0.5");
  });
});
