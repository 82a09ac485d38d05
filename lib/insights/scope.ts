/**
 * WHERE fragments every insights query shares: one household, live rows (tombstones never count), and, for
 * income/expense figures, internal transfers left out (a linked transfer, or a transfer category: moving money
 * between one's own accounts is neither income nor spending).
 */
import type { SqlValue } from "../db/raw";

/**
 * Categories that mean "money moved between own accounts": potential transfer, internal transfer, card settlement.
 * The summary triggers (prisma migration 20261125221240_dashboard_summaries) hard-code this list: a change here
 * needs a migration that recreates them and calls rebuildSummaries.
 */
export const TRANSFER_CATEGORY_IDS = ["100", "600110", "600120"] as const;

export interface AggregateOptions {
  /** Pending rows count by default (they are money already spent); false = booked only. */
  isIncludingPending?: boolean;
}

export interface Fragment {
  sql: string;
  params: SqlValue[];
}

/** `t` must alias "Transaction". */
export function liveRows(householdId: string, options: AggregateOptions = {}): Fragment {
  const pending = options.isIncludingPending === false ? ` AND t."status" = 'booked'` : "";
  return { sql: `t."householdId" = ? AND t."deletedAt" IS NULL${pending}`, params: [householdId] };
}

/**
 * The summary tables' equivalent of liveRows (they hold live rows only, split by status); `s` must alias
 * "TransactionDaySum" or "TransactionMonthSum".
 */
export function summaryRows(householdId: string, options: AggregateOptions = {}): Fragment {
  const pending = options.isIncludingPending === false ? ` AND s."status" = 'booked'` : "";
  return { sql: `s."householdId" = ?${pending}`, params: [householdId] };
}

/**
 * COALESCE keeps SQLite off the transferId index: its statistics cannot see that almost every row is NULL and
 * would pick that index for "IS NULL", reading the whole table through it (seconds at a million rows).
 */
export const NOT_TRANSFER_SQL = `COALESCE(t."transferId", '') = '' AND t."categoryId" NOT IN (${TRANSFER_CATEGORY_IDS.map((id) => `'${id}'`).join(", ")})`;

/** SQL sums come back as bigint (both providers) or null for no rows. */
export function toBigInt(value: unknown): bigint {
  if (value === null || value === undefined) return 0n;
  return typeof value === "bigint" ? value : BigInt(value as number | string);
}

/** A boolean column: true/false on PostgreSQL, 1/0 (number or bigint) on SQLite. */
export function toBoolean(value: unknown): boolean {
  return value === true || value === 1 || value === 1n;
}
