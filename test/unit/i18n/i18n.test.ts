import { describe, expect, it } from "vitest";
import { en } from "../../../lib/i18n/en";
import { fr } from "../../../lib/i18n/fr";
import { frMessages } from "../../../lib/i18n/messages-fr";
import { localeFromAcceptLanguage, resolveLocale, t, tCount, translateMessage } from "../../../lib/i18n";
import { formatDay } from "../../../lib/i18n/format";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("dictionaries", () => {
  it("have the same keys, each translated, with the same placeholders", () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(fr[key].trim(), key).not.toBe("");
      expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it("translates the English messages lib/ throws, keeping none empty", () => {
    for (const [english, french] of Object.entries(frMessages)) {
      expect(french.trim(), english).not.toBe("");
      expect(french, english).not.toBe(english);
    }
  });
});

describe("t", () => {
  it("looks up the locale's string and fills placeholders, leaving unknown ones visible", () => {
    expect(t("en", "nav.dashboard")).toBe("Dashboard");
    expect(t("fr", "nav.dashboard")).toBe("Tableau de bord");
    expect(t("fr", "signin.locked", { seconds: 30 })).toBe("Trop de tentatives échouées. Réessayez dans 30 secondes.");
    expect(t("en", "import.summary", { new: 3 })).toBe("3 new, {duplicate} duplicates, {possible} possible duplicates");
  });

  it("translates lib messages for French and passes unknown ones through", () => {
    expect(translateMessage("fr", "A household needs at least one owner.")).toBe("Un foyer doit garder au moins un propriétaire.");
    expect(translateMessage("fr", "Something new")).toBe("Something new");
    expect(translateMessage("en", "A household needs at least one owner.")).toBe("A household needs at least one owner.");
  });
});

describe("locale negotiation", () => {
  it("picks the best supported language by q-value and order", () => {
    expect(localeFromAcceptLanguage("fr-CH,fr;q=0.9,en;q=0.8")).toBe("fr");
    expect(localeFromAcceptLanguage("de-DE,de;q=0.9,fr;q=0.5,en;q=0.7")).toBe("en");
    expect(localeFromAcceptLanguage("en;q=0.2, fr;q=0.9")).toBe("fr");
    expect(localeFromAcceptLanguage("de, fr;q=0")).toBe("en");
    expect(localeFromAcceptLanguage("")).toBe("en");
    expect(localeFromAcceptLanguage(null, "fr")).toBe("fr");
  });

  it("prefers the household's locale over the browser's", () => {
    expect(resolveLocale("fr", "en-US")).toBe("fr");
    expect(resolveLocale("de", "fr-FR")).toBe("fr");
    expect(resolveLocale(null, null)).toBe("en");
  });
});

describe("formatDay", () => {
  it("formats calendar days without time-zone drift", () => {
    expect(formatDay("2024-01-01", "en", "short")).toBe("1\u00a0Jan\u00a02024");
    expect(formatDay("2024-01-01", "fr", "short")).toBe("1\u00a0janv.\u00a02024");
    expect(formatDay("2024-12-31", "fr")).toBe("31\u00a0déc.\u00a02024");
    expect(formatDay("not a day", "en")).toBe("not a day");
  });
});

describe("tCount", () => {
  it("uses the singular variant by each language's plural rules", () => {
    expect(tCount("en", "dashboard.transactions", 1)).toBe("1 transaction");
    expect(tCount("en", "dashboard.transactions", 0)).toBe("0 transactions");
    expect(tCount("en", "dashboard.transactions", 12345)).toBe("12,345 transactions");
    expect(tCount("fr", "dashboard.transactions", 0)).toBe("0 opération");
    expect(tCount("fr", "dashboard.transactions", 2)).toBe("2 opérations");
    expect(tCount("en", "import.done", 1, { account: "Main" })).toBe("Imported 1 transaction into Main.");
    expect(tCount("en", "nav.dashboard", 1)).toBe("Dashboard");
  });
});
