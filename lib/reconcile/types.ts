/**
 * Plain data the bill matcher works on. Amounts are integer minor units of the item's currency (bigint), bills'
 * amounts are positive, transactions' amounts are signed (negative = money leaving the account). Days are
 * "YYYY-MM-DD". No database, no files: the CLI and the DB edge (run.ts) both build these.
 */
export type LinkKind = "debit" | "credit" | "reimbursement";
export const LINK_KINDS: readonly LinkKind[] = ["debit", "credit", "reimbursement"];

/** io.cozy.bills' matchingCriterias, already parsed. null = use the default. */
export interface MatchingCriteria {
  labelRegex: string | null;
  amountLowerDeltaMinor: bigint | null;
  amountUpperDeltaMinor: bigint | null;
  dateLowerDeltaDays: number | null;
  dateUpperDeltaDays: number | null;
}

export interface MatchBill {
  id: string;
  vendor: string | null;
  /** "health_costs" makes a health bill (Cozy banks' rule). */
  type: string | null;
  currency: string;
  /** What the bill is for; for a health bill, the part the insurer reimburses (the credit). */
  amountMinor: bigint;
  date: string;
  originalAmountMinor: bigint | null;
  originalDate: string | null;
  /** Total of the grouped refund transfer several bills were paid back in. */
  groupAmountMinor: bigint | null;
  isRefund: boolean;
  isThirdPartyPayer: boolean;
  criteria: MatchingCriteria;
  /** Strong evidence when found in a transaction label (from the e-invoice). */
  vendorRef: string | null;
  paymentReference: string | null;
  mandateId: string | null;
  creditorId: string | null;
}

export interface RecordedReimbursement {
  billId: string;
  amountMinor: bigint;
}

export interface MatchTransaction {
  id: string;
  date: string;
  /** The day a card was used, when it differs from the booking date: matched on this one (Cozy's byDates). */
  realisationDate: string | null;
  amountMinor: bigint;
  currency: string;
  label: string;
  /** The bank's raw label, also searched for regexes and references when known. */
  rawLabel: string | null;
  categoryId: string;
  accountType: string | null;
  reimbursements: readonly RecordedReimbursement[];
}

/**
 * Links already known before a run. "confirmed" (the user said yes) and "auto" (kept from a previous run, e.g. a
 * bill outside this run's scope) are locked: they fill the bill's slot and use the transaction's capacity.
 * "rejected" pairs are never proposed again.
 */
export interface KnownLink {
  billId: string;
  transactionId: string;
  kind: LinkKind;
  amountMinor: bigint;
  state: "auto" | "confirmed" | "rejected";
}

export interface ProposedLink {
  billId: string;
  transactionId: string;
  kind: LinkKind;
  /** Positive: the part of the bill this transaction carries. */
  amountMinor: bigint;
  currency: string;
  /** Higher is better; comparable within one run only. */
  score: number;
}

export interface MatchInput {
  bills: readonly MatchBill[];
  transactions: readonly MatchTransaction[];
  knownLinks?: readonly KnownLink[];
}

export interface MatchResult {
  links: ProposedLink[];
  stats: { candidateEdges: number; components: number; hungarianComponents: number; greedyComponents: number; combinations: number };
}
