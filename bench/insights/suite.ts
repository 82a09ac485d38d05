/**
 * npm run bench -- insights [--json] [--transactions N] [--runs R]
 * A fresh SQLite file with 1,000,000 transactions over ten years and ten accounts (generate.ts), then:
 * the dashboard's data for a year, a month and a custom mid-month range (loadDashboard: balances, donut, months,
 * top payees; the summary tables the triggers filled during generation), budget progress, and
 * explorer pages with filters (page + the filter's total), each run R times after a warm-up; p50 and p95.
 */
import fs from "node:fs";
import os from "node:os";
import { performance } from "node:perf_hooks";
import type { Suite } from "../run";
import { BENCH_TODAY, generateInsightsData } from "./generate";

function numberArg(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} expects a positive integer`);
  return value;
}

/**
 * Wall-clock and CPU time per run: better-sqlite3 runs queries on this thread, so CPU time is what the work costs
 * on an idle machine when other processes share the two cores (the load average is reported alongside).
 */
async function measure(runs: number, fn: () => Promise<unknown>): Promise<{ p50: number; p95: number; cpuP50: number }> {
  await fn();
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(cpu);
    times.push(performance.now() - started);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  const at = (list: number[], q: number) => {
    const sorted = [...list].sort((a, b) => a - b);
    return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 10) / 10;
  };
  return { p50: at(times, 0.5), p95: at(times, 0.95), cpuP50: at(cpuTimes, 0.5) };
}

export const insightsSuite: Suite = async (args) => {
  const transactions = numberArg(args, "--transactions", 1_000_000);
  const runs = numberArg(args, "--runs", 15);
  const generatedAt = performance.now();
  const data = await generateInsightsData(transactions);
  const generateMs = Math.round(performance.now() - generatedAt);
  process.env.DATABASE_URL = data.url;
  const { raw } = await import("../../lib/db/raw");
  const { operatorContext } = await import("../../lib/auth/guard");
  const { loadDashboard } = await import("../../lib/insights/dashboard");
  const { resolvePeriod } = await import("../../lib/insights/shape/period");
  const { parseExplorerFilter } = await import("../../lib/insights/shape/filters");
  const { loadExplorerPage, loadExplorerTotals } = await import("../../lib/insights/explorer");
  const { loadBudgetProgress } = await import("../../lib/insights/budget-progress");
  const ctx = operatorContext(data.householdId);
  try {
    const [count] = await raw().all<{ n: bigint }>(`SELECT COUNT(*) AS "n" FROM "Transaction" WHERE "householdId" = ?`, [data.householdId]);
    await raw().run(`INSERT INTO "Budget" ("id", "householdId", "categoryId", "amountMinor", "currency", "rollover", "startMonth", "createdAt") VALUES ('b1', ?, '400100', 60000, 'EUR', 1, '2025-01', ?), ('b2', ?, '400800', 20000, 'EUR', 0, NULL, ?)`,
      [data.householdId, new Date(), data.householdId, new Date()]);

    // The summaries the triggers filled while generate.ts inserted (the dashboard reads these, not the transactions).
    const [summaryRows] = await raw().all<{ day: bigint; month: bigint }>(`SELECT (SELECT COUNT(*) FROM "TransactionDaySum") AS "day", (SELECT COUNT(*) FROM "TransactionMonthSum") AS "month"`);
    const year = resolvePeriod("12m", BENCH_TODAY);
    const dashboardYear = await measure(runs, () => loadDashboard(ctx, year));
    const dashboardCustom = await measure(runs, () => loadDashboard(ctx, resolvePeriod("custom", BENCH_TODAY, "2024-03-15", "2025-11-20")));
    const dashboardMonth = await measure(runs, () => loadDashboard(ctx, resolvePeriod("month", BENCH_TODAY)));
    const budgets = await measure(runs, () => loadBudgetProgress(ctx, BENCH_TODAY.slice(0, 7)));
    const explorer = async (params: Record<string, string | string[]>) => {
      const filter = parseExplorerFilter(params, "EUR");
      await Promise.all([loadExplorerPage(ctx, filter, null), loadExplorerTotals(ctx, filter)]);
    };
    const accountsYearAmount = await measure(runs, () => explorer({ account: [data.accountIds[0]!, data.accountIds[2]!], from: year.from, to: year.to, min: "-200", max: "-10" }));
    const categoryYear = await measure(runs, () => explorer({ category: "400100", from: year.from, to: year.to }));
    const uncategorizedAll = await measure(runs, () => explorer({ uncategorized: "1" }));
    const tagAll = await measure(runs, () => explorer({ tag: "vacances", from: year.from, to: year.to }));
    const textYear = await measure(runs, () => explorer({ q: "carrefour", from: year.from, to: year.to }));
    const noFilter = await measure(runs, () => explorer({}));
    const deepPage = await measure(runs, () => loadExplorerPage(ctx, parseExplorerFilter({ category: "400100" }, "EUR"), { date: "2019-03-15", id: "tx" }));
    return {
      transactions: Number(count?.n ?? 0n), generateMs, runs,
      loadAverage1m: Math.round(os.loadavg()[0]! * 10) / 10,
      dashboardYearP50Ms: dashboardYear.p50, dashboardYearP95Ms: dashboardYear.p95, dashboardYearCpuP50Ms: dashboardYear.cpuP50,
      dashboardMonthP50Ms: dashboardMonth.p50, dashboardMonthCpuP50Ms: dashboardMonth.cpuP50,
      dashboardCustomMidMonthP50Ms: dashboardCustom.p50, dashboardCustomMidMonthCpuP50Ms: dashboardCustom.cpuP50,
      daySummaryRows: Number(summaryRows?.day ?? 0n), monthSummaryRows: Number(summaryRows?.month ?? 0n),
      budgetProgressP50Ms: budgets.p50,
      explorerAccountsYearAmountP50Ms: accountsYearAmount.p50, explorerAccountsYearAmountP95Ms: accountsYearAmount.p95, explorerAccountsYearAmountCpuP50Ms: accountsYearAmount.cpuP50,
      explorerCategoryYearP50Ms: categoryYear.p50, explorerCategoryYearCpuP50Ms: categoryYear.cpuP50,
      explorerUncategorizedAllP50Ms: uncategorizedAll.p50,
      explorerTagYearP50Ms: tagAll.p50,
      explorerTextYearP50Ms: textYear.p50,
      explorerNoFilterP50Ms: noFilter.p50,
      explorerDeepPageP50Ms: deepPage.p50,
      ...(await (await import("./recurrence")).benchRecurrence(data.householdId, runs)),
    };
  } finally {
    await raw().close();
    fs.rmSync(data.dir, { recursive: true, force: true });
  }
};
