/**
 * New transactions join the stored series they belong to, pure. One transaction joins at most one series (the
 * closest amount; Cozy could put it in several), and the payee must match (Cozy never checked the label).
 * Dismissed series take their transactions too: that is what keeps them from being proposed again.
 */
import { absBig } from "./stats";
import { matchesSeries } from "./detect";
import { seriesKey, type KnownSeries, type RecurrenceTransaction } from "./types";

export function attachToSeries(transactions: readonly RecurrenceTransaction[], series: readonly KnownSeries[]): Map<string, string> {
  const byKey = new Map<string, KnownSeries[]>();
  for (const s of series) {
    const list = byKey.get(s.payee ?? "");
    if (list) list.push(s);
    else byKey.set(s.payee ?? "", [s]);
  }
  const attached = new Map<string, string>();
  for (const tx of transactions) {
    const key = seriesKey(tx);
    let best: KnownSeries | null = null;
    for (const s of byKey.get(key) ?? []) {
      if (!matchesSeries(s, tx.accountId, tx.currency, key, tx.amountMinor)) continue;
      if (!best || absBig(tx.amountMinor - s.amountMinor) < absBig(tx.amountMinor - best.amountMinor)) best = s;
    }
    if (best) attached.set(tx.id, best.id);
  }
  return attached;
}
