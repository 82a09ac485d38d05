/**
 * What the import and sync pipelines call once their rows are committed: link internal transfers first (a
 * monthly savings transfer then still forms a series on each side), then attach new rows to known series and
 * look for new ones. Both passes also run periodically (lib/jobs/tasks.ts), so a failure here loses nothing.
 */
import type { HouseholdContext } from "../../auth/guard";
import { addDays, todayIso } from "../../dates";
import { DEFAULT_WINDOW_DAYS, linkTransfers } from "../transfers/link";
import { attachAndDetect, attachAndDetectNew, type AttachAndDetectResult, type NewRows } from "./store";

/**
 * With `newRows` (the import batch or sync run that just committed), only the payee groups of those rows are
 * read; without, the whole history is (a compact pass: ~2 s at a million rows, bench/insights).
 */
export async function afterNewTransactions(ctx: HouseholdContext, today = todayIso(), newRows?: NewRows): Promise<AttachAndDetectResult & { transfers: number }> {
  const transfers = await linkTransfers(ctx, { since: addDays(today, -DEFAULT_WINDOW_DAYS) });
  return { transfers, ...(await (newRows ? attachAndDetectNew(ctx, newRows, today) : attachAndDetect(ctx, today))) };
}
