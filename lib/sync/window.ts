/**
 * Sync windows. The first sync of an account reads the provider's history (its stated maximum, else 90 days);
 * later ones start a week before the last success, because banks post late and pending rows settle days
 * later: the overlap is deduped by the import pipeline. Pure.
 */
import { addDays } from "../dates";

export const OVERLAP_DAYS = 7;
export const DEFAULT_HISTORY_DAYS = 90;
/** Some providers state years of history; one sync never asks for more than this. */
export const MAX_HISTORY_DAYS = 730;

export interface SyncWindow {
  since: string;
  until: string;
}

export function historyDaysOf(settings: Record<string, string>): number {
  const days = Number(settings.maxHistoryDays);
  return Number.isInteger(days) && days > 0 ? Math.min(days, MAX_HISTORY_DAYS) : DEFAULT_HISTORY_DAYS;
}

/** `lastSuccessDay` is null for an account never synced. */
export function windowFor(today: string, lastSuccessDay: string | null, historyDays: number): SyncWindow {
  const first = addDays(today, -(historyDays - 1));
  if (!lastSuccessDay) return { since: first, until: today };
  const since = addDays(lastSuccessDay, -OVERLAP_DAYS);
  return { since: since < first ? first : since, until: today };
}
