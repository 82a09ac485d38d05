/**
 * The work that follows new transactions landing (a file import, the demo): link them to the household's bills.
 * It runs after the import committed, so a failure here never undoes the import: it is logged, and the hourly
 * matching task (lib/jobs/tasks.ts) catches up.
 */
import type { HouseholdContext } from "../auth/guard";
import { toAppError } from "../errors";
import { matchHousehold } from "../reconcile/run";

export async function followUpImport(ctx: HouseholdContext): Promise<void> {
  try {
    await matchHousehold(ctx);
  } catch (error) {
    console.error(`matching after import failed: ${toAppError(error).message}`);
  }
}
