/**
 * The work that follows new transactions landing (a file import): link them to the household's bills, pair
 * internal transfers, attach them to recurring series. It runs after the import committed, so a failure here
 * never undoes the import: it is logged, and the periodic tasks (lib/jobs/tasks.ts) catch up.
 */
import type { HouseholdContext } from "../auth/guard";
import { toAppError } from "../errors";
import { matchHousehold } from "../reconcile/run";
import { afterNewTransactions } from "../insights/recurrences/after-import";
import type { NewRows } from "../insights/recurrences/store";

/**
 * `newRows` names the batch that just committed (`{ importBatchId: result.batchId }`): recurrence detection then
 * reads only the payee groups of its rows instead of the whole history (the periodic pass covers the rest).
 * Without it (older callers) the whole history is searched.
 */
export async function followUpImport(ctx: HouseholdContext, newRows?: NewRows): Promise<void> {
  try {
    await matchHousehold(ctx);
  } catch (error) {
    console.error(`matching after import failed: ${toAppError(error).message}`);
  }
  try {
    await afterNewTransactions(ctx, undefined, newRows);
  } catch (error) {
    console.error(`transfer and recurring-payment detection after import failed: ${toAppError(error).message}`);
  }
}
