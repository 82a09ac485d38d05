/** A categorizer normalizes each distinct label once: the answers must be those of a fresh categorizer, call after call. */
import { describe, expect, it } from "vitest";
import { createCategorizer } from "../../../lib/categorizer/categorize";

const input = (rawLabel: string, amountMinor: bigint) => ({ rawLabel, amountMinor, currency: "EUR", date: "2026-11-02", accountId: "a1", bankCategory: null });

describe("the categorizer's label memo", () => {
  it("answers a repeated label as a fresh categorizer does, and keeps the sign apart", () => {
    const reused = createCategorizer();
    const labels = ["VIR SEPA M MARTIN LOYER", "CB CARREFOUR MARKET 12/03 PARIS", "PRLV SEPA EDF REF 123456", "VIR SEPA M MARTIN LOYER"];
    for (let round = 0; round < 3; round++) {
      for (const label of labels) {
        for (const amountMinor of [-4_200n, 4_200n]) {
          expect(reused.categorize(input(label, amountMinor))).toEqual(createCategorizer().categorize(input(label, amountMinor)));
        }
      }
    }
    // "VIR" reads as money received or sent by its sign: the memo must not answer one with the other.
    const received = reused.categorize(input("VIR SEPA M MARTIN LOYER", 80_000n));
    const sent = reused.categorize(input("VIR SEPA M MARTIN LOYER", -80_000n));
    expect(received.categoryId).not.toBe(sent.categoryId);
  });

  it("stays right past its size limit", () => {
    const reused = createCategorizer();
    for (let i = 0; i < 10_050; i++) reused.categorize(input(`CB SHOP ${i} PARIS`, -100n));
    expect(reused.categorize(input("CB SHOP 3 PARIS", -100n))).toEqual(createCategorizer().categorize(input("CB SHOP 3 PARIS", -100n)));
  });
});
