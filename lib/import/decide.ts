/**
 * Applies the caller's per-row decisions to a plan: which rows are written, which pending rows they replace,
 * and the counts. Pure.
 */
import type { ImportInput } from "./types";
import type { PlannedAccount } from "./plan";
import type { IncomingRow } from "./statements";
import type { Classified } from "./classify";

export interface RowToWrite {
  row: IncomingRow;
  externalId: string;
}

export interface AccountDecision {
  account: PlannedAccount;
  toWrite: RowToWrite[];
  replaced: { id: string; isSameId: boolean }[];
  counts: { new: number; duplicates: number; possibleDuplicates: number; skipped: number; replaced: number };
}

export function decideRows(account: PlannedAccount, decisions: ImportInput["decisions"] = {}): AccountDecision {
  const toWrite: RowToWrite[] = [];
  const replaced: { id: string; isSameId: boolean }[] = [];
  const counts = { new: 0, duplicates: 0, possibleDuplicates: 0, skipped: 0, replaced: 0 };
  account.rows.forEach((row, index) => {
    const verdict: Classified = account.classified[index]!;
    if (verdict.status === "duplicate") {
      counts.duplicates++;
      return;
    }
    if (verdict.status === "possible_duplicate") counts.possibleDuplicates++;
    if (decisions[row.rowKey] === "skip") {
      counts.skipped++;
      return;
    }
    toWrite.push({ row, externalId: account.ids[index]! });
    counts.new++;
    if (verdict.replacesPendingId) {
      replaced.push({ id: verdict.replacesPendingId, isSameId: verdict.isSameIdAsPending === true });
      counts.replaced++;
    }
  });
  return { account, toWrite, replaced, counts };
}
