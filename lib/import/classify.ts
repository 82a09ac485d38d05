/**
 * Duplicate detection for one account, highest fidelity first (like Actual's reconcile passes):
 * 1. exact id (the bank's or the derived one), tombstones included: a deleted row is never resurrected;
 * 2. a booked row replacing the pending row it settles;
 * 3. scored candidates (same amount, dates within a window, label similarity) reported as possible
 *    duplicates, never merged silently. Each existing row is matched at most once. Pure.
 */
import { daysBetween } from "../dates";
import { fromMinor } from "../money";
import type { RowStatus } from "./types";
import type { IncomingRow } from "./statements";
import { isDerivedId } from "./derive-id";
import { labelSimilarity } from "./label";

export const DUPLICATE_WINDOW_DAYS = 3;
export const PENDING_WINDOW_DAYS = 10;
const MIN_DUPLICATE_SCORE = 0.5;

export interface ExistingRow {
  id: string;
  externalId: string | null;
  date: string;
  amountMinor: bigint;
  currency: string;
  rawLabel: string;
  isPending: boolean;
  isDeleted: boolean;
  /** Format of the import batch that wrote it (null for manual or synced rows). */
  batchFormat: string | null;
}

export interface Classified {
  status: RowStatus;
  reason?: string;
  matchedId: string | null;
  replacesPendingId: string | null;
  /** The replaced pending row carries the same id as this row (the commit renames it out of the way). */
  isSameIdAsPending?: boolean;
}

interface Candidate {
  row: ExistingRow;
  score: number;
  days: number;
  similarity: number;
}

function describe(row: ExistingRow): string {
  return `"${row.rawLabel}" ${fromMinor(row.amountMinor, row.currency)} on ${row.date}`;
}

function pendingCandidate(row: IncomingRow, existing: ExistingRow): Candidate | null {
  const days = Math.abs(daysBetween(existing.date, row.date));
  if (days > PENDING_WINDOW_DAYS || existing.isDeleted || !existing.isPending) return null;
  const sameAmount = existing.amountMinor === row.amountMinor;
  // Card pre-authorisations settle for a slightly different amount (tips, exchange rates): allow 20%.
  const difference = existing.amountMinor - row.amountMinor;
  const magnitude = row.amountMinor < 0n ? -row.amountMinor : row.amountMinor;
  if (!sameAmount && (difference < 0n ? -difference : difference) * 5n > magnitude) return null;
  const similarity = labelSimilarity(row.rawLabel, existing.rawLabel);
  if (similarity < 0.3) return null;
  const score = 0.5 * similarity + 0.3 * (1 - days / (PENDING_WINDOW_DAYS + 1)) + (sameAmount ? 0.2 : 0.1);
  return score >= MIN_DUPLICATE_SCORE ? { row: existing, score, days, similarity } : null;
}

function duplicateCandidate(row: IncomingRow, externalId: string, existing: ExistingRow, format: string): Candidate | null {
  if (existing.amountMinor !== row.amountMinor) return null;
  const days = Math.abs(daysBetween(existing.date, row.date));
  if (days > DUPLICATE_WINDOW_DAYS) return null;
  // Two different ids from the same bank export format: the bank itself says these are two transactions.
  const isSameIdSpace = existing.batchFormat === format && existing.externalId !== null;
  if (isSameIdSpace && !isDerivedId(externalId) && !isDerivedId(existing.externalId!)) return null;
  const similarity = labelSimilarity(row.rawLabel, existing.rawLabel);
  const score = 0.5 * similarity + 0.5 * (1 - days / (DUPLICATE_WINDOW_DAYS + 1));
  return score >= MIN_DUPLICATE_SCORE ? { row: existing, score, days, similarity } : null;
}

function best(candidates: Candidate[]): Candidate | null {
  let top: Candidate | null = null;
  for (const candidate of candidates) if (!top || candidate.score > top.score) top = candidate;
  return top;
}

export function classifyRows(
  rows: readonly IncomingRow[],
  ids: readonly string[],
  repeatedInFile: ReadonlyMap<number, string>,
  existing: readonly ExistingRow[],
  format: string,
): Classified[] {
  const byId = new Map<string, ExistingRow>();
  const byAmount = new Map<bigint, ExistingRow[]>();
  const pending: ExistingRow[] = [];
  for (const row of existing) {
    if (row.externalId !== null) byId.set(row.externalId, row);
    const list = byAmount.get(row.amountMinor);
    if (list) list.push(row);
    else byAmount.set(row.amountMinor, [row]);
    if (row.isPending && !row.isDeleted) pending.push(row);
  }
  const claimed = new Set<string>();
  const results: (Classified | null)[] = rows.map(() => null);

  // Pass 1: exact ids, so a row matched exactly is never taken by another row's fuzzy match.
  rows.forEach((row, index) => {
    const repeated = repeatedInFile.get(index);
    if (repeated) {
      results[index] = { status: "duplicate", reason: repeated, matchedId: null, replacesPendingId: null };
      return;
    }
    const exact = byId.get(ids[index]!);
    if (!exact) return;
    claimed.add(exact.id);
    if (exact.isPending && !exact.isDeleted && !row.isPending) {
      results[index] = { status: "new", reason: `Booked version of the pending ${describe(exact)}: replaces it`, matchedId: exact.id, replacesPendingId: exact.id, isSameIdAsPending: true };
    } else {
      const reason = exact.isDeleted ? `Deleted earlier (${describe(exact)}): not imported again` : `Already imported: ${describe(exact)}`;
      results[index] = { status: "duplicate", reason, matchedId: exact.id, replacesPendingId: null };
    }
  });

  // Pass 2: pending rows settled by booked ones, then scored look-alikes.
  const free = (candidate: ExistingRow) => !claimed.has(candidate.id);
  rows.forEach((row, index) => {
    if (results[index]) return;
    if (!row.isPending && pending.length) {
      const settled = best(pending.filter(free).map((p) => pendingCandidate(row, p)).filter((c): c is Candidate => c !== null));
      if (settled) {
        claimed.add(settled.row.id);
        results[index] = { status: "new", reason: `Booked version of the pending ${describe(settled.row)}: replaces it`, matchedId: settled.row.id, replacesPendingId: settled.row.id };
        return;
      }
    }
    // Most rows of a large file have no existing row of the same amount: no candidate arrays for them.
    const sameAmount = byAmount.get(row.amountMinor);
    const lookalike = sameAmount ? best(sameAmount.filter(free).map((e) => duplicateCandidate(row, ids[index]!, e, format)).filter((c): c is Candidate => c !== null)) : null;
    if (!lookalike) {
      results[index] = { status: "new", matchedId: null, replacesPendingId: null };
      return;
    }
    claimed.add(lookalike.row.id);
    if (row.isPending && !lookalike.row.isPending && !lookalike.row.isDeleted) {
      results[index] = { status: "duplicate", reason: `Pending version of the already booked ${describe(lookalike.row)}`, matchedId: lookalike.row.id, replacesPendingId: null };
      return;
    }
    const apart = lookalike.days === 0 ? "same day" : `${lookalike.days} day${lookalike.days > 1 ? "s" : ""} apart`;
    const deleted = lookalike.row.isDeleted ? "deleted " : "";
    results[index] = {
      status: "possible_duplicate",
      reason: `Same amount as the ${deleted}${describe(lookalike.row)} (${apart}, labels ${Math.round(lookalike.similarity * 100)}% alike)`,
      matchedId: lookalike.row.id, replacesPendingId: null,
    };
  });
  return results.map((r) => r!);
}
