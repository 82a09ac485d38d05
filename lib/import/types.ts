/**
 * Public types of the import pipeline (upload → preview → commit → undo). The UI, the CLI and the sync engine
 * code against these only. Amounts at this edge are canonical decimal strings ("-12.30"); rows are addressed by
 * a `rowKey` ("<statementIndex>:<transactionIndex>") that is stable between a preview and its commit.
 */
import type { AccountType, FileFormat, ParseWarning } from "../aggregators/types";

export type ImportTarget =
  | { accountId: string }
  | { newAccount: { name?: string; type?: AccountType; currency?: string } }
  | "auto";

export type RowDecision = "import" | "skip";

export interface ImportInput {
  fileName: string;
  bytes: Uint8Array;
  format?: FileFormat;
  encoding?: string;
  /** CSV mapping profile (the CSV adapter's JSON), passed through to the parser. */
  csvProfile?: unknown;
  target: ImportTarget;
  /** Per-row choices from the preview. Missing rows take their `defaultDecision`. */
  decisions?: Record<string, RowDecision>;
}

/** Where a commit stands: told after each slice of a large file has been planned, categorized and sent to be written. */
export interface ImportProgress {
  bytesDone: number;
  bytesTotal: number;
  /** Rows read from the file so far (new and duplicates alike). */
  rowsDone: number;
}

export interface CommitOptions {
  onProgress?: (progress: ImportProgress) => void;
}

export type RowStatus = "new" | "duplicate" | "possible_duplicate";

export interface PreviewRow {
  rowKey: string;
  status: RowStatus;
  /** Why a row is (possibly) a duplicate or replaces a pending one; absent for plain new rows. */
  reason?: string;
  date: string;
  /** Decimal string, negative = money leaving the account. */
  amount: string;
  currency: string;
  label: string;
  isPending: boolean;
  /** Key of the account in `ImportPreview.accounts`. */
  accountKey: string;
  accountName: string;
  /** The existing transaction this row duplicates or resembles. */
  matchedTransactionId: string | null;
  /** The existing pending transaction this (booked) row will replace when imported. */
  replacesPendingId: string | null;
  /** What a commit does without an explicit decision: 'import' for new and possible duplicates, 'skip' for duplicates. */
  defaultDecision: RowDecision;
}

export interface PreviewAccount {
  key: string;
  /** null when the account will be created by the commit. */
  accountId: string | null;
  name: string;
  isNew: boolean;
  type: AccountType;
  currency: string;
  iban: string | null;
  number: string | null;
  counts: ImportCounts;
  closingBalance: { amount: string; date: string | null } | null;
}

export interface ImportCounts {
  total: number;
  new: number;
  duplicate: number;
  possibleDuplicate: number;
}

export interface ImportPreview {
  fileName: string;
  sha256: string;
  format: FileFormat;
  encoding: string;
  accounts: PreviewAccount[];
  rows: PreviewRow[];
  counts: ImportCounts;
  warnings: ParseWarning[];
  /** Batches (not undone) of this household that imported the very same bytes. */
  previousBatchIds: string[];
}

export interface BalanceCheck {
  date: string | null;
  reported: string;
  computed: string;
  isMatching: boolean;
}

export interface ImportedAccount {
  accountId: string;
  name: string;
  isNew: boolean;
  new: number;
  duplicates: number;
  possibleDuplicates: number;
  skipped: number;
  replaced: number;
  balance: BalanceCheck | null;
}

export interface ImportResult {
  batchId: string;
  accounts: ImportedAccount[];
  /** Rows written. */
  new: number;
  /** Exact duplicates (same bank id or derived id, deleted rows included): never written. */
  duplicates: number;
  /** Rows flagged as possible duplicates (imported unless skipped; also counted in new or skipped). */
  possibleDuplicates: number;
  /** Rows the caller chose to skip. */
  skipped: number;
  /** Pending rows replaced by their booked version. */
  replaced: number;
  warnings: ParseWarning[];
}

export interface ImportBatchSummary {
  id: string;
  fileName: string;
  format: string;
  encoding: string | null;
  sha256: string;
  status: string;
  accountId: string | null;
  countNew: number;
  countDuplicate: number;
  countSkipped: number;
  countReplaced: number;
  reportedBalance: string | null;
  computedBalance: string | null;
  createdAt: string;
  undoneAt: string | null;
}

export interface ImportPage {
  items: ImportBatchSummary[];
  nextCursor: string | null;
}
