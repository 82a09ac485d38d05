import { describe, expect, it } from "vitest";
import { formatDay, formatTimestamp } from "../../../lib/i18n/format";

/** What the page shows, with its no-break spaces read as plain ones. */
const plain = (text: string) => text.replace(/\u00a0/g, " ");

/** Every day of 2026, as "YYYY-MM-DD". */
const daysOf2026 = Array.from({ length: 365 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10));

describe("formatDay", () => {
  it("reads day, month in words, year in English and French", () => {
    expect(plain(formatDay("2026-11-24", "en"))).toBe("24 Nov 2026");
    expect(plain(formatDay("2026-11-24", "fr"))).toBe("24 nov. 2026");
    expect(plain(formatDay("2026-09-04", "en"))).toBe("4 Sep 2026");
    expect(plain(formatDay("2026-09-04", "fr"))).toBe("4 sept. 2026");
    expect(plain(formatDay("2026-06-01", "fr"))).toBe("1 juin 2026");
  });

  it("gives the short style the same unambiguous text (tables used to show 11/24/26)", () => {
    expect(plain(formatDay("2026-11-24", "en", "short"))).toBe("24 Nov 2026");
    expect(plain(formatDay("2026-11-24", "fr", "short"))).toBe("24 nov. 2026");
  });

  it("never shows an all-digits date, on any day of the year", () => {
    for (const locale of ["en", "fr"] as const) {
      for (const day of daysOf2026) {
        const text = plain(formatDay(day, locale));
        expect(text, `${locale} ${day}`).toMatch(/^\d{1,2} \p{L}+\.? 2026$/u);
        expect(Number(text.split(" ")[0]), `${locale} ${day}`).toBe(Number(day.slice(8, 10)));
      }
    }
  });

  it("joins day, month and year with no-break spaces, so a date never wraps", () => {
    expect(formatDay("2026-11-29", "fr")).toBe("29\u00a0nov.\u00a02026");
    expect(formatTimestamp(new Date(2026, 10, 24, 15, 4), "en")).toBe("24\u00a0Nov\u00a02026, 15:04");
  });

  it("does not drift across time zones at the year's edges", () => {
    expect(plain(formatDay("2024-01-01", "en"))).toBe("1 Jan 2024");
    expect(plain(formatDay("2024-12-31", "fr"))).toBe("31 déc. 2024");
  });

  it("leaves anything that is not a calendar day as it is", () => {
    expect(plain(formatDay("not a day", "en"))).toBe("not a day");
    expect(plain(formatDay("2026-11", "fr"))).toBe("2026-11");
  });
});

describe("formatTimestamp", () => {
  it("reads day first with a 24-hour clock", () => {
    expect(plain(formatTimestamp(new Date(2026, 10, 24, 15, 4), "en"))).toBe("24 Nov 2026, 15:04");
    expect(plain(formatTimestamp(new Date(2026, 10, 24, 15, 4), "fr"))).toBe("24 nov. 2026, 15:04");
  });

  it("writes midnight as 00, not 24", () => {
    expect(plain(formatTimestamp(new Date(2026, 0, 2, 0, 5), "en"))).toBe("2 Jan 2026, 00:05");
  });
});
