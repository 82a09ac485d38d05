/**
 * EInvoice → the Bill JSON of DESIGN.md. The amount a bank statement will show is the amount due (BT-115);
 * credit notes and negative amounts due are refunds, and the bill amount is always positive.
 */
import Decimal from "decimal.js";
import { AppError } from "../../errors";
import { normalizeCurrency, normalizeDecimal } from "../../money";
import { EMPTY_MATCHING_CRITERIAS, type BillJson } from "../../bills/schema";
import { guessBillType } from "./bill-type";
import { documentTypeLabel, isCreditDocumentType } from "./codes";
import type { EInvoice } from "./invoice";
import { findDueDateInText } from "./text-dates";

export type EInvoiceFormat = "facturx" | "zugferd1" | "zugferd2" | "xrechnung" | "cii" | "ubl" | "pdf";

export interface BillDetails {
  format: EInvoiceFormat;
  syntax: EInvoice["syntax"] | null;
  profile: string | null;
  attachment: string | null;
  invoiceNumber: string | null;
  typeCode: string | null;
  typeLabel: string | null;
  issueDate: string | null;
  dueDate: string | null;
  dueDateSource: "element" | "payment-terms" | "text" | null;
  paymentTerms: string | null;
  currency: string | null;
  grandTotal: string | null;
  prepaid: string | null;
  amountDue: string | null;
  seller: EInvoice["seller"] | null;
  buyer: EInvoice["buyer"] | null;
  paymentMeans: EInvoice["paymentMeans"];
  iban: string | null;
  debtorIban: string | null;
  mandateId: string | null;
  creditorId: string | null;
  paymentReference: string | null;
  warnings: string[];
}

/**
 * A parsed bill: exactly DESIGN's keys, in order, then `details`. A bill read from a plain PDF (no e-invoice data)
 * is flagged `status: "to_complete"` (before `details`) and may lack vendor, amount or date.
 */
export type ParsedBill = Omit<BillJson, "vendor" | "amount" | "currency" | "date"> & {
  vendor: string | null;
  amount: string | null;
  currency: string | null;
  date: string | null;
  status?: "to_complete";
  details: BillDetails & { proposals?: unknown };
};

export interface InvoiceSource {
  container: "pdf" | "xml";
  attachment: string | null;
}

export function invoiceFormat(invoice: EInvoice, source: InvoiceSource): EInvoiceFormat {
  const isXRechnung = /xrechnung/i.test(invoice.profile ?? "") || /^xrechnung/i.test(source.attachment ?? "");
  if (invoice.syntax === "zugferd1") return "zugferd1";
  if (isXRechnung) return "xrechnung";
  if (invoice.syntax === "ubl") return "ubl";
  if (source.container === "xml") return "cii";
  return /zugferd/i.test(source.attachment ?? "") || /zugferd/i.test(invoice.profile ?? "") ? "zugferd2" : "facturx";
}

export function invoiceToBill(invoice: EInvoice, source: InvoiceSource): ParsedBill {
  const where = invoice.syntax === "ubl" ? ubl : cii;
  const warnings: string[] = [];
  const currency = normalizeCurrency(invoice.currency);
  if (!currency) throw missing(`invoice currency (${where.currency})`, invoice.currency);
  if (!invoice.issueDate) throw missing(`issue date (${where.issueDate})`);
  const vendor = invoice.seller.name ?? invoice.seller.tradingName;
  if (!vendor) throw missing(`seller name (${where.seller})`);
  const base = invoice.amountDue ?? invoice.grandTotal;
  if (base === null) throw missing(`amount (${where.amountDue} or ${where.grandTotal})`);

  // BT-115 is mandatory in EN 16931 but older ZUGFeRD 1.0 files may omit it: total minus prepaid is its definition.
  const implied = invoice.amountDue === null && invoice.grandTotal !== null && invoice.prepaid !== null ? new Decimal(invoice.grandTotal).minus(invoice.prepaid).toFixed() : null;
  const due = new Decimal(invoice.amountDue ?? implied ?? "0");
  const chosen = due.isZero() ? new Decimal(invoice.grandTotal ?? base) : due;
  const isCredit = invoice.isCreditNoteRoot || isCreditDocumentType(invoice.typeCode);
  const isRefund = isCredit || chosen.isNegative();
  const amount = toCurrencyDecimal(chosen.abs(), currency, warnings);

  const termsDueDate = invoice.dueDate ? null : findDueDateInText(invoice.paymentTerms, invoice.issueDate);
  const dueDate = invoice.dueDate ?? termsDueDate;
  const money = (value: string | null) => (value === null ? null : toCurrencyDecimal(new Decimal(value), currency, warnings));

  return {
    vendor,
    vendorRef: invoice.invoiceNumber,
    type: guessBillType({ sellerName: vendor, typeCode: invoice.typeCode, lineNames: invoice.lineNames, notes: invoice.notes }),
    amount,
    currency,
    date: invoice.issueDate,
    dueDate,
    isRefund,
    originalAmount: null,
    originalDate: null,
    groupAmount: null,
    isThirdPartyPayer: false,
    matchingCriterias: { ...EMPTY_MATCHING_CRITERIAS },
    details: {
      format: invoiceFormat(invoice, source),
      syntax: invoice.syntax,
      profile: invoice.profile,
      attachment: source.attachment,
      invoiceNumber: invoice.invoiceNumber,
      typeCode: invoice.typeCode,
      typeLabel: invoice.isCreditNoteRoot && !invoice.typeCode ? "Credit note" : documentTypeLabel(invoice.typeCode),
      issueDate: invoice.issueDate,
      dueDate,
      dueDateSource: invoice.dueDate ? "element" : termsDueDate ? "payment-terms" : null,
      paymentTerms: invoice.paymentTerms,
      currency,
      grandTotal: money(invoice.grandTotal),
      prepaid: money(invoice.prepaid),
      amountDue: money(invoice.amountDue),
      seller: invoice.seller,
      buyer: invoice.buyer,
      paymentMeans: invoice.paymentMeans,
      iban: invoice.iban,
      debtorIban: invoice.debtorIban,
      mandateId: invoice.mandateId,
      creditorId: invoice.creditorId,
      paymentReference: invoice.paymentReference,
      warnings,
    },
  };
}

/** Rescales to the currency's exponent; an amount with more decimals than the currency has is rounded, with a warning. */
function toCurrencyDecimal(value: Decimal, currency: string, warnings: string[]): string {
  try {
    return normalizeDecimal(value.toFixed(), currency);
  } catch {
    const rounded = new Decimal(value).toDecimalPlaces(currencyDigits(currency), Decimal.ROUND_HALF_UP).toFixed();
    warnings.push(`Amount ${value.toFixed()} has more decimals than ${currency} allows; rounded to ${rounded}`);
    return normalizeDecimal(rounded, currency);
  }
}

function currencyDigits(currency: string): number {
  return normalizeDecimal("0", currency).split(".")[1]?.length ?? 0;
}

const cii = {
  currency: "InvoiceCurrencyCode",
  issueDate: "ExchangedDocument/IssueDateTime",
  seller: "SellerTradeParty/Name",
  amountDue: "DuePayableAmount",
  grandTotal: "GrandTotalAmount",
};
const ubl = {
  currency: "DocumentCurrencyCode",
  issueDate: "IssueDate",
  seller: "AccountingSupplierParty/Party/PartyLegalEntity/RegistrationName",
  amountDue: "LegalMonetaryTotal/PayableAmount",
  grandTotal: "LegalMonetaryTotal/TaxInclusiveAmount",
};

function missing(what: string, found?: string | null): AppError {
  const detail = found ? ` ("${found}" is not valid)` : "";
  return new AppError("PARSE_ERROR", `The e-invoice has no usable ${what}${detail}`, {
    userMessage: `This e-invoice cannot be read: it has no usable ${what}${detail}.`,
  });
}
