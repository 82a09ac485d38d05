/** What a sync reports (CLI, UI, scheduler). Counts per account: new rows, pending rows settled, pending rows. */
export interface SyncAccountReport {
  accountId: string;
  externalId: string;
  name: string | null;
  new: number;
  /** Pending rows replaced by their booked version. */
  updated: number;
  /** Pending rows this sync wrote. */
  pending: number;
  /** Rows already known (the overlap between windows). */
  duplicates: number;
  /** Rows the provider sent for the window, after dedup across pages. */
  fetched: number;
}

export interface SyncReport {
  syncRunId: string;
  connectionId: string;
  status: "succeeded";
  since: string;
  until: string;
  accounts: SyncAccountReport[];
  new: number;
  updated: number;
  pending: number;
  warnings: string[];
  matching: { linksCreated: number } | null;
}
