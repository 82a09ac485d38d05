/** The demo household's shapes, before they become NormalizedStatements and bills. */

export type DemoAccountKey = "checking" | "savings" | "card" | "uk";

/** One generated bank line. Amounts are integer minor units (negative = money leaving the account). */
export interface DemoRow {
  date: string;
  amountMinor: number;
  label: string;
  /** Unique within the account and day: the row's bank id is built from it, so re-runs find it again. */
  key: string;
}

/** A doctor's visit: paid by card, then reimbursed by the health insurance (CPAM) and the mutual. */
export interface HealthVisit {
  careDate: string;
  paidMinor: number;
  practitioner: string;
  cpamDate: string;
  cpamMinor: number;
  mutualDate: string;
  mutualMinor: number;
}

/** A monthly direct debit a biller also sends an invoice for (energy, phone, internet). */
export interface BilledDebit {
  vendor: string;
  invoiceNumber: string;
  /** The invoice date (a few days before the debit). */
  issueDate: string;
  debitDate: string;
  amountMinor: number;
  label: string;
  /** What the invoice is for, in the vendor's words. */
  description: string;
}
