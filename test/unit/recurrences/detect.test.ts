import { describe, expect, it } from "vitest";
import { attachToSeries } from "../../../lib/insights/recurrences/attach";
import { stepFrom, CADENCES } from "../../../lib/insights/recurrences/cadence";
import { detectRecurrences } from "../../../lib/insights/recurrences/detect";
import { expectedFlows, forecastBalances } from "../../../lib/insights/recurrences/forecast";
import type { KnownSeries, RecurrenceTransaction } from "../../../lib/insights/recurrences/types";

let seq = 0;
const tx = (date: string, amountMinor: bigint, payee: string | null, extra: Partial<RecurrenceTransaction> = {}): RecurrenceTransaction => ({
  id: `t${++seq}`, accountId: "acc", date, amountMinor, currency: "EUR", payee, label: payee ?? "CB SHOP", categoryId: "400100", ...extra,
});
const monthly = CADENCES.find((c) => c.kind === "monthly")!;

describe("recurrence detection", () => {
  it("finds a monthly subscription despite a few days of jitter, with its next date and latest amount", () => {
    const days = ["2024-01-05", "2024-02-06", "2024-03-04", "2024-04-05", "2024-05-08", "2024-06-05"];
    const found = detectRecurrences(days.map((d) => tx(d, -1599n, "Netflix")), { today: "2024-06-20" });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: "Netflix", intervalDays: 30, amountMinor: -1599n, lastDate: "2024-06-05", nextDate: "2024-07-05" });
    expect(found[0]!.transactionIds).toHaveLength(6);
  });

  it("keeps an end-of-month salary on the last day of each month (the 31st → 30th → 28th)", () => {
    const days = ["2023-10-31", "2023-11-30", "2023-12-31", "2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30"];
    const [salary] = detectRecurrences(days.map((d) => tx(d, 250000n, "ACME")), { today: "2024-05-10" });
    expect(salary?.nextDate).toBe("2024-05-31");
    expect(stepFrom("2024-05-31", monthly, 31)).toBe("2024-06-30");
    expect(stepFrom("2025-01-31", monthly, 31)).toBe("2025-02-28");
    // A debit due on the 30th booked on the 2nd of the next month still steps from its own month.
    expect(stepFrom("2024-04-02", monthly, 30)).toBe("2024-04-30");
  });

  it("follows an amount that drifts within the tolerance (a price rise), but splits far apart amounts", () => {
    const rows = [tx("2024-01-10", -999n, "Spotify"), tx("2024-02-10", -999n, "Spotify"), tx("2024-03-10", -1099n, "Spotify"), tx("2024-04-10", -1099n, "Spotify"), tx("2024-05-10", -1199n, "Spotify")];
    const found = detectRecurrences(rows, { today: "2024-05-20" });
    expect(found).toHaveLength(1);
    expect(found[0]!.amountMinor).toBe(-1199n);
    // Cozy's inverted window: debits of 30 and 60 — two separate amounts, neither a series on its own here.
    expect(detectRecurrences([tx("2024-01-01", -3000n, "Gym"), tx("2024-02-01", -6000n, "Gym"), tx("2024-03-01", -3000n, "Gym")], { today: "2024-03-10" })).toEqual([]);
  });

  it("does not detect one-offs, irregular spending or a series that stopped", () => {
    expect(detectRecurrences([tx("2024-03-01", -45000n, "IKEA")], { today: "2024-03-10" })).toEqual([]);
    const irregular = ["2024-01-03", "2024-01-09", "2024-02-20", "2024-02-22", "2024-04-30"].map((d) => tx(d, -2000n, "Bakery"));
    expect(detectRecurrences(irregular, { today: "2024-05-01" })).toEqual([]);
    const stopped = ["2023-01-05", "2023-02-05", "2023-03-05", "2023-04-05"].map((d) => tx(d, -999n, "Old gym"));
    expect(detectRecurrences(stopped, { today: "2024-01-01" })).toEqual([]);
  });

  it("finds weekly and yearly cadences that Cozy's 15–90-day window missed", () => {
    const weekly = ["2024-03-01", "2024-03-08", "2024-03-15", "2024-03-22"].map((d) => tx(d, -500n, "Cleaner"));
    expect(detectRecurrences(weekly, { today: "2024-03-25" })[0]).toMatchObject({ intervalDays: 7, nextDate: "2024-03-29" });
    const yearly = ["2021-09-15", "2022-09-14", "2023-09-15"].map((d) => tx(d, -12000n, "Assurance"));
    expect(detectRecurrences(yearly, { today: "2024-01-01" })[0]).toMatchObject({ intervalDays: 365, nextDate: "2024-09-15" });
  });

  it("never proposes again a series the user dismissed, and attaches its new transactions to it", () => {
    const rows = ["2024-01-05", "2024-02-05", "2024-03-05", "2024-04-05"].map((d) => tx(d, -1599n, "Netflix"));
    const dismissed: KnownSeries = { id: "r1", accountId: "acc", payee: "netflix", currency: "EUR", amountMinor: -1599n, amountToleranceMinor: 160n, intervalDays: 30, lastDate: "2024-04-05", nextDate: "2024-05-05", state: "dismissed" };
    expect(detectRecurrences(rows, { today: "2024-04-10", known: [dismissed] })).toEqual([]);
    const attached = attachToSeries([tx("2024-05-05", -1599n, "Netflix"), tx("2024-05-05", -1599n, "Disney"), tx("2024-05-06", -5000n, "Netflix")], [dismissed]);
    expect([...attached.values()]).toEqual(["r1"]);
  });

  it("attaches a transaction to one series only: the closest amount", () => {
    const a: KnownSeries = { id: "a", accountId: "acc", payee: "edf", currency: "EUR", amountMinor: -5000n, amountToleranceMinor: 500n, intervalDays: 30, lastDate: null, nextDate: null, state: "confirmed" };
    const b: KnownSeries = { ...a, id: "b", amountMinor: -5600n, amountToleranceMinor: 560n };
    expect(attachToSeries([tx("2024-05-05", -5400n, "EDF")], [a, b]).get(`t${seq}`)).toBe("b");
  });
});

describe("30-day forecast", () => {
  it("adds each expected occurrence to the account's balance on its day", () => {
    const series = [
      { id: "rent", name: "Rent", accountId: "acc", amountMinor: -80000n, currency: "EUR", intervalDays: 30, lastDate: "2024-05-01", nextDate: "2024-06-01", state: "confirmed" },
      { id: "gym", name: "Gym", accountId: "acc", amountMinor: -2000n, currency: "EUR", intervalDays: 7, lastDate: "2024-05-24", nextDate: "2024-05-31", state: "detected" },
      { id: "gone", name: "Gone", accountId: "acc", amountMinor: -100n, currency: "EUR", intervalDays: 30, lastDate: "2024-05-01", nextDate: "2024-06-01", state: "dismissed" },
    ];
    const flows = expectedFlows(series, "2024-05-25");
    expect(flows.map((f) => `${f.date} ${f.seriesId}`)).toEqual(["2024-05-31 gym", "2024-06-01 rent", "2024-06-07 gym", "2024-06-14 gym", "2024-06-21 gym"]);
    const [forecast] = forecastBalances([{ id: "acc", currency: "EUR", balanceMinor: 100000n }], flows, "2024-05-25");
    expect(forecast!.days).toHaveLength(31);
    expect(forecast!.endMinor).toBe(100000n - 80000n - 4n * 2000n);
    expect(forecast!.lowestDate).toBe("2024-06-21");
  });
});
