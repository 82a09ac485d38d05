/**
 * What to do with a CSV before any preview: read it with a saved profile that fits (and go to that profile's
 * account), let the server's detection read it (a bank preset or a confident guess), or open the mapping screen.
 */
import type { CsvDetection } from "@/lib/aggregators/file/csv";

export interface SavedProfileOption {
  id: string;
  name: string;
  accountId: string | null;
  profile: Record<string, unknown>;
  /** The detect route parsed the file's first rows with it. */
  isMatching: boolean;
}

export type CsvStart =
  | { kind: "saved"; saved: SavedProfileOption; target: string }
  | { kind: "detected" }
  | { kind: "mapping" };

/** Below this, detection's guess is shown on the mapping screen for the user to confirm before any preview. */
const CONFIDENT = 0.7;

/**
 * `target` is the card's account choice ("auto", "new" or an account id); `accountIds` the open accounts.
 * A saved profile wins only when the choice is unambiguous: the one tied to the chosen account, or the single
 * fitting profile (its account becomes the target when the user had not chosen one).
 */
export function chooseCsvStart(detection: CsvDetection, saved: readonly SavedProfileOption[], target: string, accountIds: readonly string[]): CsvStart {
  const fitting = saved.filter((p) => p.isMatching && (p.accountId === null || accountIds.includes(p.accountId)));
  const isAccountChosen = target !== "auto" && target !== "new";
  const forAccount = isAccountChosen ? fitting.filter((p) => p.accountId === target) : [];
  if (forAccount.length === 1) return { kind: "saved", saved: forAccount[0]!, target };
  if (fitting.length === 1) {
    const only = fitting[0]!;
    if (isAccountChosen && only.accountId !== null && only.accountId !== target) return startFromDetection(detection);
    return { kind: "saved", saved: only, target: !isAccountChosen && only.accountId ? only.accountId : target };
  }
  return startFromDetection(detection);
}

function startFromDetection(detection: CsvDetection): CsvStart {
  if (detection.preset) return { kind: "detected" };
  const isConfident = detection.profile !== null && detection.issues.length === 0 && detection.confidence >= CONFIDENT;
  return isConfident ? { kind: "detected" } : { kind: "mapping" };
}

/**
 * "auto" finds the account from the file's own ids; a CSV profile without an account column gives none, and the
 * server would refuse "auto" after the whole upload. Such a file goes to a new account at once (the user can still
 * choose one), which spares a second upload of a large file.
 */
export function csvPreviewTarget(target: string, profile: Record<string, unknown> | null): { target: string; isFallback: boolean } {
  const namesAccount = profile !== null && profile.accountColumn !== undefined;
  return target === "auto" && !namesAccount ? { target: "new", isFallback: true } : { target, isFallback: false };
}
