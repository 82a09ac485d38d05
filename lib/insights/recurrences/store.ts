/**
 * The database edge of recurrences: after each import or sync (and on a periodic pass), free transactions join
 * the stored series they belong to, then the rest of the history is searched for new series, stored as
 * "detected". One raw transaction, bulk statements only. Detection reacts to nothing, so it cannot re-trigger
 * itself (Cozy's service looped on its own writes: cozy-banks.md §7).
 *
 * Two passes keep a million-row history within seconds (bench/insights, recurrence figures): a compact scan of
 * every free row decides which payee groups can attach or form a series (compact.ts, same decisions as the
 * full pass), then only those groups are read in full and go through attachToSeries and detectRecurrences.
 * Zero amounts are left out of both: a 0.00 row is no occurrence of a payment.
 */
import type { HouseholdContext } from "../../auth/guard";
import { todayIso } from "../../dates";
import { raw, type RawTx } from "../../db/raw";
import { attachToSeries } from "./attach";
import { candidateSources } from "./compact";
import { detectRecurrences } from "./detect";
import { loadCandidateRows, loadCompactGroups, loadKnownSeries, loadNewRowSources, type NewRows } from "./load";
import { insertSeries, refreshSeries, setRecurrenceIds } from "./write";
import type { KnownSeries, RecurrenceTransaction } from "./types";

export type { NewRows } from "./load";

export interface AttachAndDetectResult {
  attached: number;
  created: number;
}

export async function attachAndDetect(ctx: HouseholdContext, today = todayIso()): Promise<AttachAndDetectResult> {
  return raw().transaction(async (tx) => {
    const known = await loadKnownSeries(tx, ctx.householdId);
    const sources = candidateSources(await loadCompactGroups(tx, ctx.householdId), known, today);
    if (sources.length === 0) return { attached: 0, created: 0 };
    return attachAndStore(tx, ctx.householdId, await loadCandidateRows(tx, ctx.householdId, sources), known, today);
  });
}

/**
 * After an import or a sync: only the payee groups of the rows it wrote can have changed, so only those groups
 * are read (in full: attach and detect then decide exactly as the whole-history pass would for them). The
 * periodic pass still covers the rest (rows edited by hand, series that stopped as days went by).
 */
export async function attachAndDetectNew(ctx: HouseholdContext, newRows: NewRows, today = todayIso()): Promise<AttachAndDetectResult> {
  return raw().transaction(async (tx) => {
    const sources = await loadNewRowSources(tx, ctx.householdId, newRows);
    if (sources.length === 0) return { attached: 0, created: 0 };
    const known = await loadKnownSeries(tx, ctx.householdId);
    return attachAndStore(tx, ctx.householdId, await loadCandidateRows(tx, ctx.householdId, sources), known, today);
  });
}

/** Free rows (whole payee groups) join known series first; the rest is searched for new series. */
async function attachAndStore(tx: RawTx, householdId: string, free: RecurrenceTransaction[], known: readonly KnownSeries[], today: string): Promise<AttachAndDetectResult> {
  const attached = attachToSeries(free, known);
  await setRecurrenceIds(tx, householdId, [...attached]);
  const touched = new Set(attached.values());
  await refreshSeries(tx, householdId, known.filter((s) => touched.has(s.id)));
  const detected = detectRecurrences(free.filter((t) => !attached.has(t.id)), { today, known });
  await insertSeries(tx, householdId, detected);
  return { attached: attached.size, created: detected.length };
}

/** The periodic pass: catches series whose transactions arrived without an import hook (manual entry, edits). */
export async function attachAndDetectAll(): Promise<void> {
  const households = await raw().all<{ id: string }>(`SELECT "id" FROM "Household"`);
  for (const household of households) await attachAndDetect({ householdId: household.id, userId: null, role: "owner" });
}
