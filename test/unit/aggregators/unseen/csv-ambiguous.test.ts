/**
 * Exports that do not say enough to be read one way only. The chosen reading is pinned here, with the reason, and
 * a warning tells the user to check it whenever the file itself cannot decide.
 */
import { describe, expect, it } from "vitest";
import { lf, only, parseBoth, rows } from "./helpers";

describe("ambiguous CSV exports: pinned readings", () => {
  it("one row dated 05/11/2026 with nothing else to go by: day first (the most common order worldwide), with a warning", async () => {
    const json = await parseBoth(lf("Date,Description,Amount", "05/11/2026,AMAZON,-23.45"));
    expect(rows(json)).toEqual([["2026-11-05", "-23.45", "AMAZON"]]);
    expect(json.warnings.some((w) => /date formats/.test(w.message))).toBe(true);
  });

  it("dates all ≤ 12, both orders sorted: the reading spanning the fewest days wins (a statement covers weeks, not months of the same day)", async () => {
    const json = await parseBoth(lf("Date,Description,Amount", "11/02/2026,A,-1.00", "11/05/2026,B,-2.00", "11/09/2026,C,-3.00"));
    // Month first: 2, 5 and 9 November (7 days) rather than 11 February, May and September (7 months).
    expect(rows(json).map(([date]) => date)).toEqual(["2026-11-02", "2026-11-05", "2026-11-09"]);
  });

  it("headerless unsigned pair of amount columns without a balance to tell them apart: the first is the debit, with a warning", async () => {
    const json = await parseBoth(lf("24/11/2026,AMAZON,23.45,", "20/11/2026,SALARY,,2500.00", "18/11/2026,RENT,1100.00,"));
    expect(only(json).transactions.map((t) => t.amount)).toEqual(["-23.45", "2500.00", "-1100.00"]);
    expect(json.warnings.some((w) => /position/.test(w.message))).toBe(true);
  });

  it("Revolut's Fee column is not added to Amount: the amount is what the bank booked for the transaction itself", async () => {
    const json = await parseBoth(lf(
      "Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance",
      "EXCHANGE,Current,2026-11-20 09:00:00,2026-11-20 09:00:01,Exchanged to USD,-100.00,0.50,EUR,COMPLETED,899.50",
      "TOPUP,Current,2026-11-19 08:00:00,2026-11-19 08:00:02,Top-Up by *1234,1000.00,0.00,EUR,COMPLETED,1000.00",
    ));
    expect(only(json).transactions.map((t) => t.amount)).toEqual(["-100.00", "1000.00"]);
    expect(only(json).closingBalance).toEqual({ amount: "899.50", date: "2026-11-20" });
  });

  it("a card export whose charges are positive but without any payment row: signs kept as written, with a warning", async () => {
    const json = await parseBoth(lf("Date,Description,Amount", "11/24/2026,AMAZON,23.45", "11/22/2026,UBER,14.20", "11/20/2026,WHOLE FOODS,56.78", "11/18/2026,SHELL,41.07"));
    // Nothing proves these are card charges rather than deposits: flipping signs on a guess would corrupt a savings export.
    expect(only(json).transactions.map((t) => t.amount)).toEqual(["23.45", "14.20", "56.78", "41.07"]);
    expect(json.warnings.some((w) => /card export/.test(w.message))).toBe(true);
  });

  it("a dated booking whose text starts with 'Saldo' is a transaction; only a row naming a balance outright is a balance", async () => {
    const json = await parseBoth(lf(
      "Buchungstag;Text;Betrag;Saldo",
      "31.12.2026;Saldo 31.12.2026 Abschluss Zinsen;1,23;3.712,34",
      "24.12.2026;REWE Markt;-23,45;3.711,11",
      ";Kontostand;;3.712,34",
    ));
    const statement = only(json);
    expect(rows(json)).toEqual([["2026-12-31", "1.23", "Saldo 31.12.2026 Abschluss Zinsen"], ["2026-12-24", "-23.45", "REWE Markt"]]);
    expect(statement.closingBalance).toEqual({ amount: "3712.34", date: "2026-12-31" });
  });
});
