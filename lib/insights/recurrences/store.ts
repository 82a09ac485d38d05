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
import { raw } from "../../db/raw";
import { attachToSeries } from "./attach";
import { candidateSources } from "./compact";
import { detectRecurrences } from "./detect";
import { loadCandidateRows, loadCompactGroups, loadKnownSeries } from "./load";
import { insertSeries, refreshSeries, setRecurrenceIds } from "./write";

export interface AttachAndDetectResult {
  attached: number;
  created: number;
}

export async function attachAndDetect(ctx: HouseholdContext, today = todayIso()): Promise<AttachAndDetectResult> {
  return raw().transaction(async (tx) => {
    const known = await loadKnownSeries(tx, ctx.householdId);
    const sources = candidateSources(await loadCompactGroups(tx, ctx.householdId), known, today);
    if (sources.length === 0) return { attached: 0, created: 0 };
    const free = await loadCandidateRows(tx, ctx.householdId, sources);

    const attached = attachToSeries(free, known);
    await setRecurrenceIds(tx, ctx.householdId, [...attached]);
    const touched = new Set(attached.values());
    await refreshSeries(tx, ctx.householdId, known.filter((s) => touched.has(s.id)));

    const detected = detectRecurrences(free.filter((t) => !attached.has(t.id)), { today, known });
    await insertSeries(tx, ctx.householdId, detected);
    return { attached: attached.size, created: detected.length };
  });
}

/** The periodic pass: catches series whose transactions arrived without an import hook (manual entry, edits). */
export async function attachAndDetectAll(): Promise<void> {
  const households = await raw().all<{ id: string }>(`SELECT "id" FROM "Household"`);
  for (const household of households) await attachAndDetect({ householdId: household.id, userId: null, role: "owner" });
}
