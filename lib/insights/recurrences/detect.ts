/**
 * Recurring payment detection, pure. Fixes what Cozy got wrong (shared/reference/cozy-banks.md §7):
 * - amounts are grouped with a tolerance on absolute values (Cozy's window inverted for debits varying > ~10 %,
 *   and its seeds needed the exact same amount, so a price rise split a subscription);
 * - the payee is part of the key (Cozy attached any same-category, same-amount debit to a bundle);
 * - weekly, quarterly and yearly cadences are found (Cozy kept only a 15–90-day mean);
 * - the median interval and its median absolute deviation decide, so one skipped month does not hide a series;
 * - next dates step by calendar months (the 31st → end of month), not by a median number of days;
 * - a series that stopped (no occurrence for over a period) is not proposed.
 */
import { dayNumber } from "../../dates";
import { anchorDayOfMonth, cadenceForMedian, stepFrom } from "./cadence";
import { absBig, amountToleranceMinor, median, medianAbsoluteDeviation } from "./stats";
import { seriesKey, type DetectedSeries, type KnownSeries, type RecurrenceTransaction } from "./types";

export const MIN_OCCURRENCES = 3;

export interface DetectOptions {
  today: string;
  /** Series already stored (any state): their look-alikes are not proposed again, dismissed ones included. */
  known?: readonly KnownSeries[];
}

export function detectRecurrences(transactions: readonly RecurrenceTransaction[], options: DetectOptions): DetectedSeries[] {
  // Nested maps (account and direction, then payee): no per-row key string to build and hash at a million rows.
  const byAccount = new Map<string, Map<string, RecurrenceTransaction[]>>();
  const keys = new Map<string, string>();
  for (const tx of transactions) {
    if (tx.amountMinor === 0n) continue;
    const raw = tx.payee?.trim() ? tx.payee : `\u0000${tx.label}`;
    let key = keys.get(raw);
    if (key === undefined) {
      key = seriesKey(tx);
      keys.set(raw, key);
    }
    const outer = `${tx.accountId}|${tx.currency}|${tx.amountMinor < 0n ? "-" : "+"}`;
    let groups = byAccount.get(outer);
    if (!groups) byAccount.set(outer, (groups = new Map()));
    const list = groups.get(key);
    if (list) list.push(tx);
    else groups.set(key, [tx]);
  }
  const groups = [...byAccount.values()].flatMap((inner) => [...inner.values()]);
  const found: DetectedSeries[] = [];
  for (const group of groups) {
    if (group.length < MIN_OCCURRENCES) continue;
    for (const cluster of clusterByAmount(group)) {
      const series = seriesOf(cluster, options.today);
      if (series && !isKnown(series, options.known ?? [])) found.push(series);
    }
  }
  return found.sort((a, b) => (a.nextDate < b.nextDate ? -1 : a.nextDate > b.nextDate ? 1 : a.name.localeCompare(b.name)));
}

/** Splits a payee's transactions where consecutive absolute amounts jump by more than the tolerance (drift chains). */
export function clusterByAmount(group: readonly RecurrenceTransaction[]): RecurrenceTransaction[][] {
  // Absolute amounts computed once: bigint comparisons inside the sort are the hot path at a million rows.
  const sorted = group.map((tx) => ({ tx, abs: absBig(tx.amountMinor) })).sort((a, b) => (a.abs < b.abs ? -1 : a.abs > b.abs ? 1 : 0));
  const clusters: RecurrenceTransaction[][] = [];
  let current: RecurrenceTransaction[] = [];
  let previous: bigint | null = null;
  for (const { tx, abs } of sorted) {
    if (previous !== null && abs - previous > amountToleranceMinor(previous)) {
      clusters.push(current);
      current = [];
    }
    current.push(tx);
    previous = abs;
  }
  if (current.length > 0) clusters.push(current);
  return clusters;
}

// A decade holds ~3,650 distinct days; day arithmetic on them is the hot path of a million-row detection.
const dayCache = new Map<string, number>();
function cachedDay(day: string): number {
  let n = dayCache.get(day);
  if (n === undefined) {
    if (dayCache.size > 100_000) dayCache.clear();
    n = dayNumber(day);
    dayCache.set(day, n);
  }
  return n;
}

function seriesOf(cluster: readonly RecurrenceTransaction[], today: string): DetectedSeries | null {
  if (cluster.length < MIN_OCCURRENCES) return null;
  const byDate = [...cluster].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const days = [...new Set(byDate.map((tx) => tx.date))];
  if (days.length < MIN_OCCURRENCES) return null;
  // Daily groceries: a mean gap under 3 days cannot hide a weekly or slower cadence worth the full computation.
  if ((cachedDay(days[days.length - 1]!) - cachedDay(days[0]!)) / (days.length - 1) < 3) return null;
  const intervals = days.slice(1).map((day, i) => cachedDay(day) - cachedDay(days[i]!));
  const cadence = cadenceForMedian(median(intervals));
  if (!cadence || medianAbsoluteDeviation(intervals) > cadence.maxMadDays) return null;
  const latest = byDate[byDate.length - 1]!;
  const anchor = cadence.months > 0 ? anchorDayOfMonth(days) : 0;
  const nextDate = stepFrom(latest.date, cadence, anchor);
  // Over a whole period overdue: the subscription ended.
  if (dayNumber(today) - dayNumber(nextDate) > cadence.intervalDays + cadence.maxMadDays) return null;
  return {
    name: latest.payee?.trim() || latest.label.trim(),
    payee: seriesKey(latest),
    categoryId: latest.categoryId,
    accountId: latest.accountId,
    currency: latest.currency,
    amountMinor: latest.amountMinor,
    amountToleranceMinor: amountToleranceMinor(latest.amountMinor),
    intervalDays: cadence.intervalDays,
    lastDate: latest.date,
    nextDate,
    transactionIds: byDate.map((tx) => tx.id),
  };
}

function isKnown(series: DetectedSeries, known: readonly KnownSeries[]): boolean {
  return known.some((k) => matchesSeries(k, series.accountId, series.currency, series.payee, series.amountMinor));
}

/** Whether a transaction (account, currency, payee key, amount) belongs to a stored series. */
export function matchesSeries(series: KnownSeries, accountId: string, currency: string, key: string, amountMinor: bigint): boolean {
  if (series.accountId !== null && series.accountId !== accountId) return false;
  if (series.currency !== currency || (series.payee ?? "") !== key) return false;
  if (series.amountMinor < 0n !== amountMinor < 0n) return false;
  return absBig(amountMinor - series.amountMinor) <= series.amountToleranceMinor;
}
