/**
 * Several bills paid by one debit (health acts of one day, Numéricable's split invoices): Cozy's findCombinations
 * tries EVERY subset of size >= 2 of a (day, vendor) group as a meta-bill: 2^n debit searches, which explodes
 * for a pharmacy day of 25 lines. Here, bounded and exact:
 *
 * - a group is processed in chunks of at most MAX_COMBINATION_BILLS (20) bills;
 * - the chunk's candidate debits are found ONCE (sum-of-all range, the group's widest window, category, label)
 *   and only the MAX_COMBINATION_TARGETS (64) best by date are tried;
 * - per target, meet-in-the-middle on amounts: the 2^10 subset sums of each half, one half sorted, a binary
 *   search per sum of the other: at most 2·1024 sums + 1024 searches (and at most MAX_RANGE_SCAN hits scanned
 *   per search) instead of 2^20 meta-bills;
 * - subsets hold 2..MAX_COMBINATION_SIZE (8) bills; ties prefer the exact sum, then more bills.
 * Worst case per chunk: 64 targets × ~(2048 + 1024·(10 + 32)) steps ≈ 3M, whatever the input size.
 */
import { absMinor } from "../money";

export const MAX_COMBINATION_BILLS = 20;
export const MAX_COMBINATION_TARGETS = 64;
export const MAX_COMBINATION_SIZE = 8;
const MAX_RANGE_SCAN = 32;

interface PartialSum {
  sum: bigint;
  mask: number;
  size: number;
}

function enumerate(amounts: readonly bigint[], offset: number): PartialSum[] {
  const out: PartialSum[] = [];
  const count = 1 << amounts.length;
  for (let mask = 0; mask < count; mask++) {
    let sum = 0n;
    let size = 0;
    for (let i = 0; i < amounts.length; i++) {
      if (mask & (1 << i)) {
        sum += amounts[i]!;
        size++;
      }
    }
    if (size <= MAX_COMBINATION_SIZE) out.push({ sum, mask: mask << offset, size });
  }
  return out;
}

/**
 * Indexes (into `amounts`, at most MAX_COMBINATION_BILLS) of a subset of 2..MAX_COMBINATION_SIZE items whose sum
 * lies in [minMinor, maxMinor], closest to exactMinor, or null.
 */
export function findSubsetWithSum(amounts: readonly bigint[], minMinor: bigint, maxMinor: bigint, exactMinor: bigint): number[] | null {
  if (amounts.length > MAX_COMBINATION_BILLS) throw new Error(`findSubsetWithSum: at most ${MAX_COMBINATION_BILLS} amounts`);
  const half = amounts.length >> 1;
  const left = enumerate(amounts.slice(0, half), 0);
  const right = enumerate(amounts.slice(half), half).sort((a, b) => (a.sum < b.sum ? -1 : a.sum > b.sum ? 1 : b.size - a.size));
  let best: { mask: number; size: number; distance: bigint } | null = null;
  for (const l of left) {
    let lo = 0;
    let hi = right.length;
    const from = minMinor - l.sum;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (right[mid]!.sum < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo, scanned = 0; k < right.length && scanned < MAX_RANGE_SCAN; k++, scanned++) {
      const r = right[k]!;
      const sum = l.sum + r.sum;
      if (sum > maxMinor) break;
      const size = l.size + r.size;
      if (size < 2 || size > MAX_COMBINATION_SIZE) continue;
      const distance = absMinor(sum - exactMinor);
      if (!best || distance < best.distance || (distance === best.distance && size > best.size)) {
        best = { mask: l.mask | r.mask, size, distance };
      }
    }
  }
  if (!best) return null;
  const picked: number[] = [];
  for (let i = 0; i < amounts.length; i++) if (best.mask & (1 << i)) picked.push(i);
  return picked;
}
