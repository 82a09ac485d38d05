/**
 * The statement balances a balance column gives: the closing balance is the one of the last row BY DATE (files
 * come newest-first, oldest-first or unsorted); with balances written before each row (ASN), the earliest row's
 * is the opening balance too.
 */
import type { NormalizedBalance } from "../../types";

export class BalanceTracker {
  private latestAscending: NormalizedBalance | null = null;
  private latestDescending: NormalizedBalance | null = null;
  private earliestBefore: NormalizedBalance | null = null;

  /** `before` only when the file writes the balance before the row's transaction. */
  track(date: string, after: string, before: string | null): void {
    // Same-day ties: the later row wins in an ascending file, the earlier one in a descending file.
    if (!this.latestAscending || date >= this.latestAscending.date!) this.latestAscending = { amount: after, date };
    if (!this.latestDescending || date > this.latestDescending.date!) this.latestDescending = { amount: after, date };
    if (before !== null && (!this.earliestBefore || date < this.earliestBefore.date!)) this.earliestBefore = { amount: before, date };
  }

  closing(isDescendingFile: boolean): NormalizedBalance | null {
    return (isDescendingFile ? this.latestDescending : this.latestAscending) ?? null;
  }

  opening(): NormalizedBalance | null {
    return this.earliestBefore;
  }
}
