import { describe, expect, it } from "vitest";
import { createCategorizer, LOCAL_THRESHOLD } from "../../../lib/categorizer/categorize";
import { compileRule, sortRules } from "../../../lib/categorizer/rules";
import { mapBankCategory } from "../../../lib/categorizer/dictionary/bankCategories";
import { dictionaryEntries, lookupDictionary } from "../../../lib/categorizer/dictionary";
import type { CategorizeInput } from "../../../lib/categorizer";

const input = (rawLabel: string, amountMinor = -2500n, over: Partial<CategorizeInput> = {}): CategorizeInput => ({
  rawLabel, amountMinor, currency: "EUR", date: "2024-03-12", accountId: "acc", bankCategory: null, ...over,
});

describe("precedence: rule > household model > global > bank > uncategorized", () => {
  it("uses the shipped knowledge for a known merchant (global)", () => {
    const result = createCategorizer().categorize(input("CB CARREFOUR MARKET 04/01"));
    expect(result).toMatchObject({ categoryId: "400110", categorySource: "global", label: "Carrefour Market" });
    expect(result.categoryConfidence).toBeGreaterThan(0.5);
  });

  it("falls back to the bank's category, then to uncategorized with no confidence", () => {
    const categorizer = createCategorizer();
    expect(categorizer.categorize(input("XQZW 123", -100n, { bankCategory: "Alimentation" }))).toMatchObject({ categoryId: "400110", categorySource: "bank", categoryConfidence: null });
    expect(categorizer.categorize(input("XQZW 123"))).toMatchObject({ categoryId: "0", categorySource: "none", categoryConfidence: null });
  });

  it("the household model beats the dictionary once it learned the household's own choice", () => {
    const categorizer = createCategorizer();
    expect(categorizer.categorize(input("CB AMAZON PAYMENTS 12/03")).categoryId).toBe("400112");
    categorizer.learn(input("CB AMAZON PAYMENTS 12/03"), "400740");
    const result = categorizer.categorize(input("CB AMAZON PAYMENTS 19/03"));
    expect(result).toMatchObject({ categoryId: "400740", categorySource: "local" });
    expect(result.categoryConfidence).toBeGreaterThanOrEqual(LOCAL_THRESHOLD);
  });

  it("a rule beats the household model and the dictionary, and says which rule", () => {
    const rules = sortRules([compileRule({ id: "r1", name: "Amazon is electronics", conditions: [{ field: "label", op: "contains", value: "amazon" }], actions: [{ type: "setCategory", categoryId: "400750" }, { type: "addTag", tag: "online" }] })]);
    const categorizer = createCategorizer({ rules });
    categorizer.learn(input("CB AMAZON PAYMENTS"), "400740");
    expect(categorizer.categorize(input("CB AMAZON PAYMENTS 19/03"))).toMatchObject({ categoryId: "400750", categorySource: "rule", categoryConfidence: 1, categoryRuleId: "r1", tags: ["online"] });
  });

  it("a rule marking an internal transfer files it under internal transfers", () => {
    const rules = [compileRule({ id: "t", name: "Savings", conditions: [{ field: "label", op: "contains", value: "livret" }], actions: [{ type: "markInternalTransfer" }] })];
    expect(createCategorizer({ rules }).categorize(input("VIR LIVRET A"))).toMatchObject({ categoryId: "600110", isInternalTransfer: true, categorySource: "rule" });
  });

  it("follows merged custom categories", () => {
    const categorizer = createCategorizer({ customCategories: [{ id: "c1", parentId: "400100", nameEn: "Old", nameFr: "Ancien", mergedInto: "400110" }] });
    categorizer.learn(input("CB RIMONE"), "c1");
    expect(categorizer.categorize(input("CB RIMONE 12/03")).categoryId).toBe("400110");
  });

  it("knows the operation kinds that name their category (ATM, checks, fees) and signed payees", () => {
    const categorizer = createCategorizer();
    expect(categorizer.categorize(input("RETRAIT DAB 12/03 PARIS")).categoryId).toBe("300");
    expect(categorizer.categorize(input("CHQ 1234567")).categoryId).toBe("200");
    expect(categorizer.categorize(input("FRAIS TENUE DE COMPTE")).categoryId).toBe("400340");
    expect(categorizer.categorize(input("VIR SEPA RECU /DE ACME SAS /MOTIF SALAIRE", 250_000n)).categoryId).toBe("200110");
    expect(categorizer.categorize(input("VIR SEPA RECU /DE ALAN /MOTIF REMBOURSEMENT", 2_500n)).categoryId).toBe("400610");
    expect(categorizer.categorize(input("PRLV SEPA ALAN ECH/240519", -4_500n)).categoryId).toBe("400620");
    expect(categorizer.categorize(input("VIR CPAM REMBOURSEMENT", 1_500n)).categoryId).toBe("400610");
    expect(categorizer.categorize(input("CB TOTALENERGIES 12/03", -6_000n)).categoryId).toBe("400250");
    expect(categorizer.categorize(input("PRLV SEPA TOTALENERGIES CLIENTS ECH/120324", -8_000n)).categoryId).toBe("401080");
  });

  it("guesses unknown variants from the global prior (character n-grams)", () => {
    const result = createCategorizer().categorize(input("CB CARREF EXPRESS 12/03"));
    expect(result).toMatchObject({ categoryId: "400110", categorySource: "global" });
    expect(result.categoryConfidence!).toBeLessThan(0.85);
  });
});

describe("dictionary and bank categories", () => {
  it("has hundreds of entries, no name filed under two categories for the same sign", () => {
    const entries = dictionaryEntries();
    expect(entries.length).toBeGreaterThan(1000);
    const seen = new Map<string, string>();
    for (const e of entries) {
      const key = `${e.sign ?? ""}${e.tokens.join(" ")}`;
      if (seen.has(key)) expect([key, seen.get(key)]).toEqual([key, e.categoryId]);
      seen.set(key, e.categoryId);
    }
  });
  it("prefers the longest name (uber eats is food, uber is a taxi)", () => {
    expect(lookupDictionary(["UBER", "EATS"], false)!.categoryId).toBe("400810");
    expect(lookupDictionary(["UBER"], false)!.categoryId).toBe("400290");
    expect(lookupDictionary(["LA", "POSTE", "MOBILE"], false)!.categoryId).toBe("400150");
  });
  it.each([["Groceries", "400110"], ["FOOD_AND_DRINK_RESTAURANT", "400810"], ["Carburant", "400250"], ["Salaires et revenus", "200110"], ["400620", "400620"], ["Mystery", null], [null, null]])("maps bank category %s", (text, expected) => {
    expect(mapBankCategory(text)).toBe(expected);
  });
});
