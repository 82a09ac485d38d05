/** QIF date styles and the file-wide day/month decision. */
import { describe, expect, it } from "vitest";
import { chooseDateOrder, toIsoDay, tokenizeQifDate } from "../../../../lib/aggregators/file/qif/dates";

const dayOf = (raw: string, order: "MDY" | "DMY" = "MDY") => {
  const parts = tokenizeQifDate(raw);
  return parts ? toIsoDay(parts, order) : null;
};
const orderOf = (...raws: string[]) => chooseDateOrder(raws.map((r) => tokenizeQifDate(r)!));

describe("tokenizeQifDate", () => {
  it.each([
    ["1/ 1'00", "2000-01-01"],
    ["1/ 1' 0", "2000-01-01"],
    ["2/10'2020", "2020-02-10"],
    ["01/02/2010", "2010-01-02"],
    ["12/31/99", "1999-12-31"],
    ["6/ 1/94", "1994-06-01"],
    ["8/27/21", "2021-08-27"],
    ["2019-12-31", "2019-12-31"],
    ["2019/12/31", "2019-12-31"],
    ["20191231", "2019-12-31"],
  ])("%j (month first) → %s", (raw, expected) => {
    expect(dayOf(raw)).toBe(expected);
  });

  it("reads day-first styles when the file is day/month", () => {
    expect(dayOf("31.12.2019", "DMY")).toBe("2019-12-31");
    expect(dayOf("12/8/13", "DMY")).toBe("2013-08-12");
    expect(dayOf("2019-12-31", "DMY")).toBe("2019-12-31");
  });

  it("pivots two-digit years at 50 unless an apostrophe says 2000s", () => {
    expect(dayOf("1/1/49")).toBe("2049-01-01");
    expect(dayOf("1/1/50")).toBe("1950-01-01");
    expect(dayOf("1/1'99")).toBe("2099-01-01");
  });

  it("rejects what is not a date", () => {
    for (const raw of ["", "yesterday", "1/2", "13/13/2020/1", "1".repeat(100)]) expect(tokenizeQifDate(raw)).toBeNull();
    expect(dayOf("2/30/2020")).toBeNull();
  });
});

describe("chooseDateOrder", () => {
  it("a day above 12 anywhere in the file settles the order", () => {
    expect(orderOf("01/02/2020", "03/04/2020", "13/02/2020").order).toBe("DMY");
    expect(orderOf("01/02/2020", "03/04/2020", "02/13/2020").order).toBe("MDY");
  });

  it("majority wins a conflict, and says so", () => {
    expect(orderOf("13/01/2020", "14/01/2020", "01/15/2020")).toEqual({ order: "DMY", isConflicting: true });
  });

  it("tie: the order that keeps the file in sequence wins", () => {
    // Month first: Dec 1, Jan 2, Feb 2 (out of order); day first: Jan 12, Feb 1, Feb 2 (sorted).
    expect(orderOf("12/01/2020", "01/02/2020", "02/02/2020").order).toBe("DMY");
  });

  it("full tie: dotted dates are day first (European), others month first (Quicken)", () => {
    expect(orderOf("01.02.2020", "01.03.2020").order).toBe("DMY");
    expect(orderOf("01/02/2020", "01/03/2020").order).toBe("MDY");
    expect(orderOf().order).toBe("MDY");
  });
});
