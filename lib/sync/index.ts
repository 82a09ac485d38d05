/** Bank sync (DESIGN.md "lib/sync"): sync runs, scheduled syncs, raw payload → import pipeline. */
export { syncConnection, syncJobId } from "./run";
export { syncDueConnections, isDue } from "./due";
export { listSyncRuns, type SyncRunView } from "./runs";
export type { SyncReport, SyncAccountReport } from "./types";
