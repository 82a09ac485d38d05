/**
 * The konnector contract. A konnector collects a household's bills (the Bill JSON of DESIGN.md, field meanings
 * from Cozy's io.cozy.bills), each with an optional file; the runner (run.ts) validates and stores them, records
 * the run, and never duplicates a bill (lib/bills/identity.ts). Konnectors running elsewhere use the push API.
 */
import type { HouseholdContext } from "../auth/guard";

export interface KonnectorFile {
  bytes: Uint8Array;
  name: string | null;
}

/** One unit of work: stored (or refused) on its own, so one bad file never loses the others. */
export interface CollectedItem {
  /** What the item came from (a file name, a vendor reference), for run reports. */
  source: string;
  /** Bill JSON objects; createBills validates them. */
  bills: unknown[];
  file?: KonnectorFile | null;
  /** Set when the konnector could not read the item at all. */
  error?: string;
  /** Called once the item is stored or refused (the e-invoice inbox moves the file to processed/ or failed/). */
  settle?: (outcome: "stored" | "failed") => Promise<void> | void;
}

export interface KonnectorRunInput {
  ctx: HouseholdContext;
  /** The konnector's per-household settings (Konnector.settings JSON). */
  settings: Record<string, unknown>;
  /** Files handed over on demand (upload, `tirelire bills import`). */
  files: readonly KonnectorFile[];
  /** When false, only the given files are read (an upload must not also sweep the inbox). */
  includeScheduledSources: boolean;
}

export interface Konnector {
  /** Registry id, stored as Bill.konnector and Konnector.slug. */
  slug: string;
  name: string;
  description: string;
  collect(input: KonnectorRunInput): AsyncIterable<CollectedItem>;
}
