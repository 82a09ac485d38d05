/** What an e-invoice says, syntax-neutral (EN 16931 business terms), before it becomes a Bill. */
export type InvoiceSyntax = "cii" | "zugferd1" | "ubl";

export interface InvoiceParty {
  name: string | null;
  tradingName: string | null;
  vatId: string | null;
}

export interface PaymentMeans {
  /** UNTDID 4461 code (BT-81). */
  code: string;
  label: string | null;
  information: string | null;
}

export interface EInvoice {
  syntax: InvoiceSyntax;
  /** BT-24 specification identifier (profile / CIUS). */
  profile: string | null;
  invoiceNumber: string | null;
  typeCode: string | null;
  /** A UBL CreditNote root: a credit whatever its type code says. */
  isCreditNoteRoot: boolean;
  issueDate: string | null;
  dueDate: string | null;
  paymentTerms: string | null;
  currency: string | null;
  /** Decimal strings exactly as read (canonicalized: "1030", "-225.14"). */
  grandTotal: string | null;
  prepaid: string | null;
  amountDue: string | null;
  seller: InvoiceParty;
  buyer: InvoiceParty;
  paymentMeans: PaymentMeans[];
  /** The seller's account, where a transfer goes (BT-84). */
  iban: string | null;
  /** The buyer's account a direct debit is drawn from (BT-91). */
  debtorIban: string | null;
  mandateId: string | null;
  creditorId: string | null;
  paymentReference: string | null;
  /** Line item names and notes: only used to guess the bill type. */
  lineNames: string[];
  notes: string[];
}
