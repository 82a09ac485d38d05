/**
 * The import pipeline for bank-sync statements (lib/sync): the same plan, dedup, pending replacement and
 * categorization as a file commit, but each statement goes to the account the connection maps it to, rows are
 * stamped with the SyncRun instead of an ImportBatch, and everything runs inside the CALLER's transaction, so
 * a sync writes its raw payload, rows, balances and run status all at once or not at all.
 */
import type { RawTx } from "../db/raw";
import type { NormalizedStatement } from "../aggregators/types";
import type { Categorizer } from "../categorizer";
import { buildPlan, newPlanState } from "./plan";
import { decideRows } from "./decide";
import { toTransactionValues } from "./to-values";
import { TRANSACTION_COLUMNS, tombstoneReplacedPending } from "./write";

export interface SyncStatement {
  /** The Tirelire account the provider account is mapped to. */
  accountId: string;
  statement: NormalizedStatement;
}

export interface SyncCommitContext {
  householdId: string;
  syncRunId: string;
  /** Provider id ("simplefin"…): the id space of the rows, for duplicate scoring. */
  provider: string;
  categorizer: Categorizer;
  nowIso: string;
}

export interface SyncAccountCounts {
  accountId: string;
  /** Rows that were not known before (booked or pending). */
  new: number;
  /** Pending rows replaced by their booked version. */
  updated: number;
  /** Pending rows written by this sync. */
  pending: number;
  /** Rows already known (the overlap of windows). */
  duplicates: number;
}

const SYNC_COLUMNS = [...TRANSACTION_COLUMNS, "syncRunId"] as const;
const BATCH_COLUMN = TRANSACTION_COLUMNS.indexOf("importBatchId");
const WRITE_CHUNK = 2_000;

export async function commitSyncStatements(tx: RawTx, context: SyncCommitContext, statements: readonly SyncStatement[]): Promise<SyncAccountCounts[]> {
  const results: SyncAccountCounts[] = [];
  let rowNumber = 0;
  for (const { accountId, statement } of statements) {
    // The plan reads statements from a ParseResult; its `format` field is not used for the id space (options.format is).
    const parse = { format: "ofx" as const, encoding: "utf-8", statements: [{ ...statement, openingBalance: null, closingBalance: null }], warnings: [] };
    const plan = await buildPlan(tx, parse, {
      householdId: context.householdId, fileName: context.provider, target: { accountId }, format: context.provider,
      newAccountId: () => accountId, batchId: null, state: newPlanState(),
    });
    const counts: SyncAccountCounts = { accountId, new: 0, updated: 0, pending: 0, duplicates: 0 };
    for (const account of plan.accounts) {
      const decision = decideRows(account);
      await tombstoneReplacedPending(tx, context.householdId, decision.replaced, context.nowIso);
      const values = decision.toWrite.map((item) => {
        const row = toTransactionValues(item, {
          id: `${context.syncRunId}${(rowNumber++).toString(36).padStart(5, "0")}`, householdId: context.householdId, accountId, batchId: "", now: context.nowIso,
        }, context.categorizer);
        row[BATCH_COLUMN] = null;
        row.push(context.syncRunId);
        return row;
      });
      for (let start = 0; start < values.length; start += WRITE_CHUNK) await tx.insertMany("Transaction", SYNC_COLUMNS, values.slice(start, start + WRITE_CHUNK));
      counts.updated += decision.counts.replaced;
      counts.new += decision.counts.new - decision.counts.replaced;
      counts.pending += decision.toWrite.filter((w) => w.row.isPending).length;
      counts.duplicates += decision.counts.duplicates;
    }
    results.push(counts);
  }
  return results;
}
