/**
 * The shared core of preview and commit: statements → accounts → ids → duplicate status, for one parse
 * result (or one chunk of a large file, with `state` carried between chunks).
 */
import type { RawTx } from "../db/raw";
import type { ParseResult, ParseWarning } from "../aggregators/types";
import type { ImportTarget } from "./types";
import { groupCurrency, groupStatements, rowsOfGroup, type IncomingRow } from "./statements";
import { resolveAccounts, type ResolvedAccount } from "./resolve-accounts";
import { assignExternalIds } from "./assign-ids";
import { OccurrenceCounter } from "./derive-id";
import { classifyRows, PENDING_WINDOW_DAYS, type Classified, type ExistingRow } from "./classify";
import { REPLACED_SUFFIX } from "./write";
import { loadExistingRows, loadHousehold } from "./load";
import type { KnownAccount } from "./resolve-accounts";

export interface PlannedAccount {
  resolved: ResolvedAccount;
  /** The real id, or the id the commit will create it under. */
  accountId: string;
  isNew: boolean;
  currency: string;
  rows: IncomingRow[];
  ids: string[];
  classified: Classified[];
}

export interface Plan {
  accounts: PlannedAccount[];
  warnings: ParseWarning[];
}

/** What carries over between chunks of one file. */
export interface PlanState {
  accounts: Map<string, { accountId: string; isNew: boolean; resolved: ResolvedAccount; currency: string }>;
  counters: Map<string, OccurrenceCounter>;
  seenSourceIds: Map<string, Map<string, { date: string; amountMinor: bigint; uses: number }>>;
  /** Read once per file: the household's currency and accounts (those the commit creates are added). */
  household?: { currency: string; accounts: KnownAccount[] };
  /**
   * Pending rows earlier chunks replaced (id → renamed?). The commit may read through a connection that does
   * not see its own uncommitted writes; these rows then read as they will be: tombstoned.
   */
  replacedPending: Map<string, boolean>;
  batchFormats: Map<string, Map<string, string>>;
}

export function newPlanState(): PlanState {
  return { accounts: new Map(), counters: new Map(), seenSourceIds: new Map(), replacedPending: new Map(), batchFormats: new Map() };
}

export interface PlanOptions {
  householdId: string;
  fileName: string;
  target: ImportTarget;
  format: string;
  /** Makes ids for accounts the commit will create. */
  newAccountId: (groupKey: string) => string;
  /** Rows already written by this batch (earlier chunks): never duplicates of the file itself. */
  batchId: string | null;
  state?: PlanState;
  /** Index of this parse's first transaction in the whole file (chunks of a large CSV). */
  rowOffset?: number;
}

function dateSpan(rows: readonly IncomingRow[]): { fromDate: string; toDate: string } | null {
  let fromDate: string | null = null;
  let toDate: string | null = null;
  for (const row of rows) {
    if (fromDate === null || row.date < fromDate) fromDate = row.date;
    if (toDate === null || row.date > toDate) toDate = row.date;
  }
  return fromDate && toDate ? { fromDate, toDate } : null;
}

export async function buildPlan(tx: RawTx, parse: ParseResult, options: PlanOptions): Promise<Plan> {
  const state = options.state ?? newPlanState();
  state.household ??= await loadHousehold(tx, options.householdId);
  const { currency: householdCurrency, accounts: known } = state.household;
  const groups = groupStatements(parse);
  const unresolved = groups.filter((g) => !state.accounts.has(g.key));
  if (unresolved.length) resolveInto(state, unresolved, options, known, parse, householdCurrency);

  const warnings: ParseWarning[] = [];
  const planned: PlannedAccount[] = [];
  for (const group of groups) {
    const account = state.accounts.get(group.key)!;
    const rows = rowsOfGroup(parse, group, account.currency, options.rowOffset ?? 0);
    // Keyed by account, not statement group: two groups of one file may land in the same account.
    let counter = state.counters.get(account.accountId);
    if (!counter) state.counters.set(account.accountId, (counter = new OccurrenceCounter()));
    let seen = state.seenSourceIds.get(account.accountId);
    if (!seen) state.seenSourceIds.set(account.accountId, (seen = new Map()));
    const assigned = assignExternalIds(rows, account.accountId, counter, seen);
    warnings.push(...assigned.warnings);
    const span = dateSpan(rows);
    const existing = !account.isNew && span
      ? asReplaced(await loadExistingRows(tx, account.accountId, { ...span, marginDays: PENDING_WINDOW_DAYS }, assigned.ids, options.batchId, state.batchFormats), state)
      : [];
    const classified = classifyRows(rows, assigned.ids, assigned.repeatedInFile, existing, options.format);
    planned.push({ resolved: account.resolved, accountId: account.accountId, isNew: account.isNew, currency: account.currency, rows, ids: assigned.ids, classified });
  }
  return { accounts: planned, warnings };
}

function asReplaced(rows: ExistingRow[], state: PlanState): ExistingRow[] {
  if (!state.replacedPending.size) return rows;
  return rows.map((row) => {
    const isRenamed = state.replacedPending.get(row.id);
    if (isRenamed === undefined || row.isDeleted) return row;
    return { ...row, isDeleted: true, externalId: isRenamed && row.externalId !== null ? `${row.externalId}${REPLACED_SUFFIX}` : row.externalId };
  });
}

function resolveInto(state: PlanState, groups: ReturnType<typeof groupStatements>, options: PlanOptions, known: KnownAccount[], parse: ParseResult, householdCurrency: string) {
  const resolved = resolveAccounts(groups, options.target, known, options.fileName);
  for (const account of resolved) {
    const existing = account.accountId ? known.find((k) => k.id === account.accountId) : undefined;
    const currency = existing?.currency ?? account.currency ?? groupCurrency(parse, account.group, householdCurrency);
    state.accounts.set(account.group.key, {
      accountId: account.accountId ?? options.newAccountId(account.group.key), isNew: account.accountId === null, resolved: account, currency,
    });
  }
}
