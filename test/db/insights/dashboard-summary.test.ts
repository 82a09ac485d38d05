/**
 * The dashboard's period sums read whole months from the summary and cut months from the transactions: for
 * periods starting and ending anywhere (mid-month custom ranges, "to" = today, one day, a year), pending or not,
 * the donut, monthly bars, totals and top payees equal those of a single pass over the transactions.
 */
import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { seedHousehold, type TxSeed } from "./seed";
import { loadPeriodSums, loadPeriodSumsFromRows } from "../../../lib/insights/spending";
import { categorySumsOf, monthSumsOf, topPayeesOf, type PeriodSumRow } from "../../../lib/insights/shape/period-sums";
import { addDays } from "../../../lib/dates";

useTestDb();

function rowsOf(count: number): TxSeed[] {
  let a = 42;
  const random = () => ((a = (a * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, () => ({
    account: pick(["main", "main", "savings", "usd"]),
    date: addDays("2023-11-01", Math.floor(random() * 240)),
    amountMinor: BigInt(Math.floor(random() * 12000) - 9000),
    categoryId: pick(["400110", "400100", "400810", "200110", "600110", "100", "0"]),
    payee: pick([null, "Lidl", "Acme", "Le Zinc", "Paul"]),
    status: random() < 0.15 ? "pending" as const : "booked" as const,
    transferId: random() < 0.05 ? "tr" : null,
    isDeleted: random() < 0.05,
  })).map((r) => (r.account === "usd" ? { ...r, currency: "USD" } : r));
}

const shaped = (rows: readonly PeriodSumRow[]) => ({
  categories: categorySumsOf(rows).sort((x, y) => `${x.categoryId}${x.currency}`.localeCompare(`${y.categoryId}${y.currency}`)),
  months: monthSumsOf(rows, false).sort((x, y) => `${x.month}${x.currency}`.localeCompare(`${y.month}${y.currency}`)),
  periodMonths: monthSumsOf(rows, true).sort((x, y) => `${x.month}${x.currency}`.localeCompare(`${y.month}${y.currency}`)),
  payees: topPayeesOf(rows, 50),
});

describe("period sums from the monthly summary", () => {
  it("equal one pass over the transactions for any period boundaries", async () => {
    const { ctx } = await seedHousehold([{ name: "main" }, { name: "savings" }, { name: "usd", currency: "USD" }], rowsOf(1500));
    const cases: [string, string, string][] = [
      ["2024-01-01", "2024-01-01", "2024-06-30"], // whole months only
      ["2023-12-01", "2024-02-14", "2024-05-17"], // the period starts mid-month inside the scan
      ["2024-02-14", "2024-02-14", "2024-02-20"], // a few days of one month
      ["2024-03-31", "2024-03-31", "2024-04-01"], // two single days across a month end
      ["2023-11-15", "2024-01-01", "2024-06-28"], // a cut first month, a cut last month ("to" = today)
      ["2024-06-01", "2024-06-01", "2024-06-30"], // the last month of the data, whole
      ["2022-01-01", "2022-12-31", "2023-01-31"], // no data
    ];
    for (const [scanFrom, periodFrom, to] of cases) {
      for (const options of [{}, { isIncludingPending: false }]) {
        const fromSummary = await loadPeriodSums(ctx, scanFrom, periodFrom, to, options);
        const fromRows = await loadPeriodSumsFromRows(ctx, scanFrom, periodFrom, to, options);
        expect(shaped(fromSummary), `${scanFrom} ${periodFrom} ${to} ${JSON.stringify(options)}`).toEqual(shaped(fromRows));
      }
    }
    const year = shaped(await loadPeriodSums(ctx, "2023-11-01", "2023-11-01", "2024-06-30"));
    expect(year.months.length).toBeGreaterThan(10);
    expect(year.payees.length).toBeGreaterThan(3);
  });
});
