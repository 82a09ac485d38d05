/**
 * Recurring payment detection, pure. Fixes what Cozy got wrong (shared/reference/cozy-banks.md §7):
 * - amounts are grouped with a tolerance on absolute values (Cozy's window inverted for debits varying > ~10 %,
 *   and its seeds needed the exact same amount, so a price rise split a subscription);
 * - the payee is part of the key (Cozy attached any same-category, same-amount debit to a bundle);
 * - weekly, quarterly and yearly cadences are found (Cozy kept only a 15–90-day mean);
 * - the median interval and its median absolute deviation decide, so one skipped month does not hide a series;
 * - next dates step by calendar months (the 31st → end of month), not by a median number of days;
 * - a series that stopped (no occurrence for over a period) is not proposed.
 * The decisions live in clusters.ts (columnar), shared with the compact million-row scan (compact.ts).
 */
import { cachedDay, clusterPositions, MIN_OCCURRENCES, seriesOfCluster } from "./clusters";
import { absBig, amountToleranceMinor } from "./stats";
import { seriesKey, type DetectedSeries, type KnownSeries, type RecurrenceTransaction } from "./types";

export { MIN_OCCURRENCES } from "./clusters";

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
  const knownByKey = indexKnown(options.known ?? []);
  const found: DetectedSeries[] = [];
  for (const inner of byAccount.values()) {
    for (const group of inner.values()) {
      if (group.length < MIN_OCCURRENCES) continue;
      const columns = { days: group.map((tx) => cachedDay(tx.date)), amountsMinor: group.map((tx) => tx.amountMinor) };
      for (const cluster of clusterPositions(columns)) {
        const series = seriesOfCluster(columns, cluster, options.today);
        if (!series) continue;
        const latest = group[series.latest]!;
        const detected: DetectedSeries = {
          name: latest.payee?.trim() || latest.label.trim(),
          payee: seriesKey(latest),
          categoryId: latest.categoryId,
          accountId: latest.accountId,
          currency: latest.currency,
          amountMinor: latest.amountMinor,
          amountToleranceMinor: amountToleranceMinor(latest.amountMinor),
          intervalDays: series.cadence.intervalDays,
          lastDate: latest.date,
          nextDate: series.nextDate,
          transactionIds: series.positions.map((p) => group[p]!.id),
        };
        if (!isKnown(knownByKey, detected.accountId, detected.currency, detected.payee, detected.amountMinor)) found.push(detected);
      }
    }
  }
  return found.sort((a, b) => (a.nextDate < b.nextDate ? -1 : a.nextDate > b.nextDate ? 1 : a.name.localeCompare(b.name)));
}

/** Known series by grouping key: look-ups stay linear when thousands of series are stored. */
export function indexKnown(known: readonly KnownSeries[]): Map<string, KnownSeries[]> {
  const byKey = new Map<string, KnownSeries[]>();
  for (const s of known) {
    const list = byKey.get(s.payee ?? "");
    if (list) list.push(s);
    else byKey.set(s.payee ?? "", [s]);
  }
  return byKey;
}

export function isKnown(knownByKey: ReadonlyMap<string, readonly KnownSeries[]>, accountId: string, currency: string, key: string, amountMinor: bigint): boolean {
  return (knownByKey.get(key) ?? []).some((k) => matchesSeries(k, accountId, currency, key, amountMinor));
}

/** Whether a transaction (account, currency, payee key, amount) belongs to a stored series. */
export function matchesSeries(series: KnownSeries, accountId: string, currency: string, key: string, amountMinor: bigint): boolean {
  if (series.accountId !== null && series.accountId !== accountId) return false;
  if (series.currency !== currency || (series.payee ?? "") !== key) return false;
  if (series.amountMinor < 0n !== amountMinor < 0n) return false;
  return absBig(amountMinor - series.amountMinor) <= series.amountToleranceMinor;
}
