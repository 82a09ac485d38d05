/**
 * What the import and sync pipelines call once their rows are committed: link internal transfers first (a
 * monthly savings transfer then still forms a series on each side), then attach new rows to known series and
 * look for new ones. Both passes also run periodically (lib/jobs/tasks.ts), so a failure here loses nothing.
 */
import type { HouseholdContext } from "../../auth/guard";
import { addDays, todayIso } from "../../dates";
import { DEFAULT_WINDOW_DAYS, linkTransfers } from "../transfers/link";
import { attachAndDetect, type AttachAndDetectResult } from "./store";

export async function afterNewTransactions(ctx: HouseholdContext, today = todayIso()): Promise<AttachAndDetectResult & { transfers: number }> {
  const transfers = await linkTransfers(ctx, { since: addDays(today, -DEFAULT_WINDOW_DAYS) });
  return { transfers, ...(await attachAndDetect(ctx, today)) };
}
