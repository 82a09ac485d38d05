/**
 * New transactions join the stored series they belong to, pure. One transaction joins at most one series (the
 * closest amount; Cozy could put it in several), and the payee must match (Cozy never checked the label).
 * Dismissed series take their transactions too: that is what keeps them from being proposed again.
 */
import { absBig } from "./stats";
import { indexKnown, matchesSeries } from "./detect";
import { seriesKey, type KnownSeries, type RecurrenceTransaction } from "./types";

/** The series a transaction (account, currency, key, amount) joins, if any: the closest amount among matches. */
export function bestSeries(candidates: readonly KnownSeries[], accountId: string, currency: string, key: string, amountMinor: bigint): KnownSeries | null {
  let best: KnownSeries | null = null;
  for (const s of candidates) {
    if (!matchesSeries(s, accountId, currency, key, amountMinor)) continue;
    if (!best || absBig(amountMinor - s.amountMinor) < absBig(amountMinor - best.amountMinor)) best = s;
  }
  return best;
}

export function attachToSeries(transactions: readonly RecurrenceTransaction[], series: readonly KnownSeries[]): Map<string, string> {
  const byKey = indexKnown(series);
  const attached = new Map<string, string>();
  for (const tx of transactions) {
    const key = seriesKey(tx);
    const best = bestSeries(byKey.get(key) ?? [], tx.accountId, tx.currency, key, tx.amountMinor);
    if (best) attached.set(tx.id, best.id);
  }
  return attached;
}
