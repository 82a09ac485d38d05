/**
 * Chart-ready rows for the client components (which only draw). Values stay in minor units; they become
 * numbers here only because an SVG needs coordinates — every displayed amount is formatted from them back as
 * exact integers (minor units are exact as numbers below 2^53, i.e. 90 trillion euros). Pure.
 */
import type { CurrencySeries } from "./balance";
import type { MonthBucket } from "./months";

export type ChartRow = Record<string, string | number>;

export interface ChartLine {
  key: string;
  name: string;
  color: string;
}

const PALETTE = ["#1565c0", "#2e7d32", "#f57c00", "#8e24aa", "#00897b", "#c62828", "#6d4c41", "#3949ab", "#ec407a", "#7cb342"];

/** The total line first, then one line per account; long periods are thinned to at most `maxPoints` days. */
export function balanceChart(series: CurrencySeries, accountNames: ReadonlyMap<string, string>, totalName: string, maxPoints = 400): { rows: ChartRow[]; lines: ChartLine[] } {
  const ids = Object.keys(series.points[0]?.byAccount ?? {});
  const lines: ChartLine[] = [{ key: "total", name: totalName, color: "#263238" }, ...ids.map((id, i) => ({ key: id, name: accountNames.get(id) ?? id, color: PALETTE[i % PALETTE.length]! }))];
  const step = Math.max(1, Math.ceil(series.points.length / maxPoints));
  const rows: ChartRow[] = [];
  series.points.forEach((point, i) => {
    // Keep the last day whatever the step: the line must end on today's balance.
    if (i % step !== 0 && i !== series.points.length - 1) return;
    const row: ChartRow = { date: point.date, total: Number(point.totalMinor) };
    for (const id of ids) row[id] = Number(point.byAccount[id] ?? 0n);
    rows.push(row);
  });
  return { rows, lines };
}

export function monthChart(buckets: readonly MonthBucket[]): ChartRow[] {
  return buckets.map((b) => ({ month: b.month, income: Number(b.incomeMinor), expenses: Number(-b.expenseMinor), net: Number(b.netMinor) }));
}
