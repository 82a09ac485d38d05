import { describe, expect, it } from "vitest";
import { detectDateFormat } from "@/lib/aggregators/file/csv/dateFormat";
import { dateOrderOf, parseDay } from "@/lib/aggregators/file/csv/dates";

describe("parseDay", () => {
  it.each([
    ["27.05.2018", "DMY", "2018-05-27"],
    ["05/27/2018", "MDY", "2018-05-27"],
    ["2018-05-27", "YMD", "2018-05-27"],
    ["2018/05/27", "YMD", "2018-05-27"],
    ["20190311", "YMD", "2019-03-11"],
    ["22.02.18", "DMY", "2018-02-22"],
    ["2/8/15", "MDY", "2015-02-08"],
    ["2019.04.19.", "YMD", "2019-04-19"],
    ["12-Dec-2019", "DMY", "2019-12-12"],
    ["07 Nov 2013", "DMY", "2013-11-07"],
    ["Nov 7, 2013", "MDY", "2013-11-07"],
    ["3 févr. 2021", "DMY", "2021-02-03"],
    ["1 juil 2021", "DMY", "2021-07-01"],
    ["5. März 2020", "DMY", "2020-03-05"],
    ["12 mei 2020", "DMY", "2020-05-12"],
    ["2013-07-03-08.21.36.47192", "YMD", "2013-07-03"],
    ["2002-09-10T23:00:04", "YMD", "2002-09-10"],
    ["31/12/99", "DMY", "1999-12-31"],
  ] as const)("%s (%s) → %s", (text, order, expected) => {
    expect(parseDay(text, order)).toBe(expected);
  });

  it.each([["30.02.2020", "DMY"], ["13/13/2020", "MDY"], ["Pending", "DMY"], ["", "DMY"], ["1234", "DMY"], ["99999999999", "YMD"]] as const)(
    "%s is not a day (%s)",
    (text, order) => expect(parseDay(text, order)).toBeNull(),
  );

  it("takes 29 February in leap years only", () => {
    expect(parseDay("29.02.2024", "DMY")).toBe("2024-02-29");
    expect(parseDay("29.02.2023", "DMY")).toBeNull();
    expect(parseDay("29.02.2000", "DMY")).toBe("2000-02-29");
    expect(parseDay("29.02.1900", "DMY")).toBeNull();
  });
});

describe("dateOrderOf", () => {
  it("reads the order of a format string; separators are cosmetic", () => {
    expect(dateOrderOf("dd/mm/yyyy")).toBe("DMY");
    expect(dateOrderOf("mm-dd-yy")).toBe("MDY");
    expect(dateOrderOf("yyyymmdd")).toBe("YMD");
    expect(dateOrderOf("dd mmm yyyy")).toBe("DMY");
    expect(dateOrderOf("yyyy/dd/mm")).toBeNull();
    expect(dateOrderOf("dd/mm")).toBeNull();
    expect(dateOrderOf("hello")).toBeNull();
  });
});

describe("detectDateFormat (scored over all rows)", () => {
  it("a late row decides: the first rows read both ways, 13/01 only day-first", () => {
    const values = ["01/02/2020", "03/02/2020", "05/02/2020", "13/01/2020"];
    expect(detectDateFormat(values, values)).toMatchObject({ order: "DMY", format: "dd/mm/yyyy", isAmbiguous: false, readableShare: 1 });
    const us = ["01/02/2020", "03/02/2020", "12/31/2019"];
    expect(detectDateFormat(us, us)).toMatchObject({ order: "MDY", format: "mm/dd/yyyy" });
  });

  it("when every value reads both ways, the order under which the rows are sorted wins", () => {
    // Read month-first these are Jan 2, Feb 2, Mar 2 (sorted); day-first they would be 1 Feb, 2 Feb, 3 Feb... also sorted,
    // so use a sequence that is only sorted month-first.
    const sequence = ["01/05/2020", "02/01/2020", "03/01/2020", "04/01/2020"];
    expect(detectDateFormat(sequence, sequence)).toMatchObject({ order: "MDY", isAmbiguous: true });
    const dayFirst = ["05/01/2020", "01/02/2020", "01/03/2020", "01/04/2020"];
    expect(detectDateFormat(dayFirst, dayFirst)).toMatchObject({ order: "DMY", isAmbiguous: true });
  });

  it("describes two-digit years, month names and compact dates", () => {
    expect(detectDateFormat(["22.02.18", "23.02.18", "28.02.18"], ["22.02.18"])!.format).toBe("dd.mm.yy");
    expect(detectDateFormat(["12-Dec-2019", "03-Dec-2019"], [])).toMatchObject({ format: "dd-mmm-yyyy", isAmbiguous: false });
    expect(detectDateFormat(["20190311", "20190313"], [])!.format).toBe("yyyymmdd");
    expect(detectDateFormat(["Pending", "x"], [])).toBeNull();
  });
});
