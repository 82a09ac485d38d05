/**
 * Balance checks, pure: each bank-reported balance against the balance computed from transactions on the same day.
 * The difference between the two is constant while the ledger is complete; where it changes between two
 * consecutive reports, something went missing (or was added) in between, so the discrepancy starts in that window.
 */
export interface CheckedReport {
  date: string;
  reportedMinor: bigint;
  computedMinor: bigint;
  source: string;
}

export interface Discrepancy {
  /** Last report that still agreed (null when the very first report already disagrees). */
  lastGoodDate: string | null;
  /** First report showing the new gap: the discrepancy started after lastGoodDate and by this day. */
  firstBadDate: string;
  /** What the ledger lacks to agree with the bank in that window (reported − computed change). */
  gapMinor: bigint;
  /** reported − computed at firstBadDate. */
  differenceMinor: bigint;
}

export interface CandidateRow {
  id: string;
  date: string;
  amountMinor: bigint;
  label: string;
  kind: "pending" | "deleted" | "duplicate";
}

export interface Explanation extends CandidateRow {
  /** The row's amount alone explains the whole gap. */
  isExact: boolean;
}

/** Reports in date order (ties kept in the given order); returns each window where the difference changed. */
export function findDiscrepancies(reports: readonly CheckedReport[]): Discrepancy[] {
  const found: Discrepancy[] = [];
  let previous: { date: string; difference: bigint } | null = null;
  for (const report of reports) {
    const difference = report.reportedMinor - report.computedMinor;
    const baseline: bigint = previous === null ? 0n : previous.difference;
    if (difference !== baseline) {
      found.push({ lastGoodDate: previous?.date ?? null, firstBadDate: report.date, gapMinor: difference - baseline, differenceMinor: difference });
    }
    previous = { date: report.date, difference };
  }
  return found;
}

/**
 * How a row would close the gap: a deleted row restored adds its amount; a pending row the bank does not count yet,
 * or one copy of a duplicate, removed subtracts it. Exact explanations first.
 */
export function explainGap(gapMinor: bigint, candidates: readonly CandidateRow[]): Explanation[] {
  const effect = (c: CandidateRow) => (c.kind === "deleted" ? c.amountMinor : -c.amountMinor);
  return candidates
    .map((c) => ({ ...c, isExact: effect(c) === gapMinor }))
    .sort((a, b) => Number(b.isExact) - Number(a.isExact) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
