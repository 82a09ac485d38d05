/**
 * The work that follows new transactions landing (a file import): link them to the household's bills, pair
 * internal transfers, attach them to recurring series. It runs after the import committed, so a failure here
 * never undoes the import: it is logged, and the periodic tasks (lib/jobs/tasks.ts) catch up.
 */
import type { HouseholdContext } from "../auth/guard";
import { toAppError } from "../errors";
import { matchHousehold } from "../reconcile/run";
import { afterNewTransactions } from "../insights/recurrences/after-import";

export async function followUpImport(ctx: HouseholdContext): Promise<void> {
  try {
    await matchHousehold(ctx);
  } catch (error) {
    console.error(`matching after import failed: ${toAppError(error).message}`);
  }
  try {
    await afterNewTransactions(ctx);
  } catch (error) {
    console.error(`transfer and recurring-payment detection after import failed: ${toAppError(error).message}`);
  }
}
