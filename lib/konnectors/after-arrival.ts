/**
 * New bills are matched against transactions as soon as they arrive (konnector runs, pushes), from the earliest
 * new bill's date on. Matching failing must not undo the arrival: the bills are stored, the hourly pass retries.
 */
import type { HouseholdContext } from "../auth/guard";
import { matchHousehold } from "../reconcile/run";

export async function matchAfterArrival(ctx: HouseholdContext, earliestNewDate: string | null): Promise<void> {
  if (!earliestNewDate) return;
  try {
    await matchHousehold(ctx, { since: earliestNewDate });
  } catch (error) {
    console.error("Matching after bill arrival failed (the hourly pass will retry):", error);
  }
}
