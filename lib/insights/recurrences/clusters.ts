/**
 * The core of recurrence detection, pure and columnar: one payee's rows in one account, currency and direction
 * as parallel arrays (no object per row), so the same code decides on full rows and on the compact rows a
 * million-row history is scanned with (compact.ts). Positions index the arrays.
 */
import { dayNumber, fromDayNumber } from "../../dates";
import { anchorDayOfMonth, cadenceForMedian, stepFrom, type Cadence } from "./cadence";
import { absBig, amountToleranceMinor, median, medianAbsoluteDeviation } from "./stats";

export const MIN_OCCURRENCES = 3;

export interface GroupColumns {
  /** Day numbers (lib/dates dayNumber): compared and subtracted a million times, unlike "YYYY-MM-DD" strings. */
  days: readonly number[];
  amountsMinor: readonly bigint[];
}

export interface ClusterSeries {
  /** Positions of the cluster's rows by date (ties: smaller amount first, then input order). */
  positions: number[];
  /** The last position: its date, amount and name describe the series. */
  latest: number;
  cadence: Cadence;
  nextDate: string;
}

// A decade holds ~3,650 distinct days: parsing each string once is what the row-object path needs.
const dayCache = new Map<string, number>();
export function cachedDay(day: string): number {
  let n = dayCache.get(day);
  if (n === undefined) {
    if (dayCache.size > 100_000) dayCache.clear();
    n = dayNumber(day);
    dayCache.set(day, n);
  }
  return n;
}

const INDEX_BITS = 2 ** 21;
const MAX_PACKED_ABS = 2n ** 32n;

/**
 * Positions by ascending absolute amount, ties in position order. The million-row hot path: when every amount
 * is below 2^32 minor units and the group below 2^21 rows, each (amount, position) pair packs into one integer
 * below 2^53, so a native Float64Array sort orders them exactly (no rounding: these are integers a double holds
 * exactly, and no money is computed with them). Otherwise a bigint comparison sort gives the same order.
 */
function byAbsoluteAmount(positions: number[], abs: readonly bigint[]): number[] {
  if (positions.length < INDEX_BITS && positions.every((p) => abs[p]! < MAX_PACKED_ABS)) {
    const keys = new Float64Array(positions.length);
    for (let i = 0; i < positions.length; i++) keys[i] = Number(abs[positions[i]!]!) * INDEX_BITS + positions[i]!;
    keys.sort();
    return Array.from(keys, (key) => key % INDEX_BITS);
  }
  return positions.sort((a, b) => (abs[a]! < abs[b]! ? -1 : abs[a]! > abs[b]! ? 1 : a - b));
}

/**
 * Splits the rows where consecutive absolute amounts (ascending) jump by more than the tolerance (drift chains).
 * `only` restricts to some positions (the rows no known series took).
 */
export function clusterPositions(columns: GroupColumns, only?: readonly number[]): number[][] {
  const abs = columns.amountsMinor.map(absBig);
  const clusters: number[][] = [];
  let current: number[] = [];
  let previous: bigint | null = null;
  for (const position of byAbsoluteAmount(only ? [...only] : Array.from(abs, (_, i) => i), abs)) {
    const value = abs[position]!;
    if (previous !== null && value - previous > amountToleranceMinor(previous)) {
      clusters.push(current);
      current = [];
    }
    current.push(position);
    previous = value;
  }
  if (current.length > 0) clusters.push(current);
  return clusters;
}

/** The series a cluster forms, or null: too few days, too dense, irregular, or stopped (over a period overdue). */
export function seriesOfCluster(columns: GroupColumns, cluster: readonly number[], today: string): ClusterSeries | null {
  if (cluster.length < MIN_OCCURRENCES) return null;
  const { days } = columns;
  // Daily groceries: a mean gap under 3 days cannot hide a weekly or slower cadence. Decided before any sort:
  // most of a million rows sit in such dense clusters.
  const seen = new Set<number>();
  let first = Infinity;
  let last = -Infinity;
  for (const position of cluster) {
    const day = days[position]!;
    seen.add(day);
    if (day < first) first = day;
    if (day > last) last = day;
  }
  if (seen.size < MIN_OCCURRENCES || (last - first) / (seen.size - 1) < 3) return null;
  // Cluster order is by amount then input order: a stable sort by day keeps that as the tie-break.
  const byDate = [...cluster].sort((a, b) => days[a]! - days[b]!);
  const distinct: number[] = [];
  for (const position of byDate) if (distinct[distinct.length - 1] !== days[position]) distinct.push(days[position]!);
  const intervals = distinct.slice(1).map((day, i) => day - distinct[i]!);
  const cadence = cadenceForMedian(median(intervals));
  if (!cadence || medianAbsoluteDeviation(intervals) > cadence.maxMadDays) return null;
  const latest = byDate[byDate.length - 1]!;
  const nextDate = stepFrom(fromDayNumber(days[latest]!), cadence, cadence.months > 0 ? anchorDayOfMonth(distinct.map(fromDayNumber)) : 0);
  if (cachedDay(today) - cachedDay(nextDate) > cadence.intervalDays + cadence.maxMadDays) return null;
  return { positions: byDate, latest, cadence, nextDate };
}
