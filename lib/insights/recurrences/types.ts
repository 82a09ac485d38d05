/** Shapes shared by the pure recurrence functions and their database edges. */
export interface RecurrenceTransaction {
  id: string;
  accountId: string;
  date: string;
  amountMinor: bigint;
  currency: string;
  payee: string | null;
  label: string;
  categoryId: string;
}

export type RecurrenceState = "detected" | "confirmed" | "dismissed";

export interface KnownSeries {
  id: string;
  accountId: string | null;
  /** The grouping key (seriesKey of its transactions). */
  payee: string | null;
  currency: string;
  amountMinor: bigint;
  amountToleranceMinor: bigint;
  intervalDays: number;
  lastDate: string | null;
  nextDate: string | null;
  state: RecurrenceState;
}

export interface DetectedSeries {
  name: string;
  payee: string;
  categoryId: string;
  accountId: string;
  currency: string;
  /** The latest amount: a price rise applies from the next debit on. */
  amountMinor: bigint;
  amountToleranceMinor: bigint;
  intervalDays: number;
  lastDate: string;
  nextDate: string;
  transactionIds: string[];
}

/**
 * What makes two transactions "the same payee": the normalized payee when the categorizer found one, else the
 * cleaned label. Category is deliberately not part of it: a series recategorized halfway would split in two.
 */
export function seriesKey(tx: Pick<RecurrenceTransaction, "payee" | "label">): string {
  const payee = tx.payee?.trim().toLowerCase();
  return payee ? payee : tx.label.trim().toLowerCase().replace(/\s+/g, " ");
}
