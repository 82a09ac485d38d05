import { describe, expect, it } from "vitest";
import { findDates, findDueDateInText } from "../../../lib/konnectors/einvoice/text-dates";

describe("dates in text", () => {
  it("reads numeric, ISO and named-month dates in French, German and English", () => {
    const text = "zahlbar bis 15.03.2024; le 1er avril 2024; March 5, 2024; 2024-06-30; 15. März 2024; 31/12/23";
    expect(findDates(text).map((d) => d.date)).toEqual(["2024-03-15", "2024-04-01", "2024-03-05", "2024-06-30", "2024-03-15", "2023-12-31"]);
  });

  it("ignores impossible dates and numbers that only look like dates", () => {
    expect(findDates("31.02.2024 1.5.2 12.30 EUR 2024-13-01")).toEqual([]);
  });

  it("finds the due date in payment terms, skipping discount clauses and dates before the issue", () => {
    expect(findDueDateInText("Zahlbar innerhalb 30 Tagen netto bis 04.04.2018, 3% Skonto innerhalb 10 Tagen bis 15.03.2018", "2018-03-05")).toBe("2018-04-04");
    expect(findDueDateInText("3% Skonto bis 15.03.2018, netto bis 04.04.2018", "2018-03-05")).toBe("2018-04-04");
    expect(findDueDateInText("Der Betrag wird am 20.03.2018 von Ihrem Konto per SEPA-Lastschrift eingezogen.", "2018-03-05")).toBe("2018-03-20");
    expect(findDueDateInText("zahlbar bis 15.03.2024", "2024-03-01")).toBe("2024-03-15");
    expect(findDueDateInText("À payer avant le 15/04/2024", "2024-03-01")).toBe("2024-04-15");
    expect(findDueDateInText("Payment due by March 3, 2024", "2024-02-01")).toBe("2024-03-03");
    expect(findDueDateInText("Bestellung vom 01.03.2018", "2018-03-05")).toBeNull();
    expect(findDueDateInText(null, null)).toBeNull();
    expect(findDueDateInText("Période du 01/03/2024 au 31/03/2024", "2024-02-28")).toBe("2024-03-01");
    expect(findDueDateInText("Période du 01/03/2024 au 31/03/2024", "2024-02-28", { requireDueWord: true })).toBeNull();
  });
});
