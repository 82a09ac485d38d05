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
 * Splits the rows where consecutive absolute amounts (ascending; ties in position order) jump by more than the
 * tolerance (drift chains). `only` restricts to some positions (the rows no known series took).
 */
export function clusterPositions(columns: GroupColumns, only?: readonly number[]): number[][] {
  const amounts = columns.amountsMinor;
  const positions = only ? [...only] : Array.from(amounts, (_, i) => i);
  const isPackable = positions.length < INDEX_BITS && positions.every((p) => amounts[p]! < MAX_PACKED_ABS && amounts[p]! > -MAX_PACKED_ABS);
  return isPackable ? clustersPacked(amounts, positions) : clustersBig(amounts, positions);
}

/**
 * The million-row hot path. Every amount is below 2^32 minor units and the group below 2^21 rows, so each
 * (absolute amount, position) pair packs into one integer below 2^53: a native Float64Array sort orders them,
 * and the tolerance (stats.ts amountToleranceMinor: a tenth, at least 100) is computed on integers a double
 * holds exactly. No rounding anywhere, the same clusters as clustersBig (test/unit/recurrences/compact.test.ts).
 */
function clustersPacked(amounts: readonly bigint[], positions: readonly number[]): number[][] {
  const keys = new Float64Array(positions.length);
  for (let i = 0; i < positions.length; i++) keys[i] = Math.abs(Number(amounts[positions[i]!]!)) * INDEX_BITS + positions[i]!;
  keys.sort();
  const clusters: number[][] = [];
  let current: number[] = [];
  let previous = -1;
  for (const key of keys) {
    const value = Math.floor(key / INDEX_BITS);
    if (previous >= 0 && value - previous > Math.max(Math.floor(previous / 10), 100)) {
      clusters.push(current);
      current = [];
    }
    current.push(key % INDEX_BITS);
    previous = value;
  }
  if (current.length > 0) clusters.push(current);
  return clusters;
}

function clustersBig(amounts: readonly bigint[], positions: number[]): number[][] {
  const abs = amounts.map(absBig);
  positions.sort((a, b) => (abs[a]! < abs[b]! ? -1 : abs[a]! > abs[b]! ? 1 : a - b));
  const clusters: number[][] = [];
  let current: number[] = [];
  let previous: bigint | null = null;
  for (const position of positions) {
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
  let first = Infinity;
  let last = -Infinity;
  for (const position of cluster) {
    const day = days[position]!;
    if (day < first) first = day;
    if (day > last) last = day;
  }
  const seen = new Uint8Array(last - first + 1);
  let distinctDays = 0;
  for (const position of cluster) {
    const offset = days[position]! - first;
    if (seen[offset] === 0) {
      seen[offset] = 1;
      distinctDays++;
    }
  }
  if (distinctDays < MIN_OCCURRENCES || (last - first) / (distinctDays - 1) < 3) return null;
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
