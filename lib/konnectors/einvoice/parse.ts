/**
 * One e-invoice file → one parsed bill. PDFs: the embedded CII/UBL XML when there is one (Factur-X, ZUGFeRD,
 * XRechnung), else a bill "to complete" with the amounts and dates found in the page text proposed. Bare XML:
 * CII, ZUGFeRD 1.0, UBL Invoice or CreditNote. Pure: bytes in, plain data out.
 */
import { AppError, toAppError } from "../../errors";
import { EMPTY_MATCHING_CRITERIAS } from "../../bills/schema";
import { guessBillType } from "./bill-type";
import { listAttachments, pickInvoiceXml, xmpDocumentFileName } from "./pdf-attachments";
import { PdfDocument } from "./pdf-document";
import { extractPdfText } from "./pdf-text";
import { decodeXml, readInvoiceXml } from "./read-xml";
import { MIME_TYPES, sniffEInvoice, type EInvoiceKind } from "./sniff";
import { proposeFromText } from "./text-facts";
import { invoiceToBill, type ParsedBill } from "./to-bill";

export interface ParseEInvoiceOptions {
  maxBytes?: number;
}

export interface EInvoiceParseResult {
  kind: EInvoiceKind;
  mime: string;
  bill: ParsedBill;
}

export function parseEInvoice(bytes: Uint8Array, options: ParseEInvoiceOptions = {}): EInvoiceParseResult {
  const kind = sniffEInvoice(bytes, options.maxBytes);
  const bill = kind === "pdf" ? parsePdf(bytes) : invoiceToBill(readInvoiceXml(decodeXml(bytes)), { container: "xml", attachment: null });
  return { kind, mime: MIME_TYPES[kind], bill };
}

function parsePdf(bytes: Uint8Array): ParsedBill {
  const doc = PdfDocument.open(bytes);
  if (!doc.catalog()) {
    throw new AppError("PARSE_ERROR", "PDF without a document catalog (truncated or damaged file)", {
      userMessage: "This PDF is damaged or incomplete (no document catalog): it cannot be read.",
    });
  }
  if (doc.isEncrypted) return billToComplete("", ["The PDF is encrypted: its attachments and text cannot be read. Enter the bill by hand."]);
  const attachment = pickInvoiceXml(listAttachments(doc), xmpDocumentFileName(doc));
  const warnings: string[] = [];
  if (attachment) {
    try {
      return invoiceToBill(readInvoiceXml(decodeXml(attachment.bytes)), { container: "pdf", attachment: attachment.name || null });
    } catch (error) {
      // The PDF itself is still a bill worth keeping: fall back to its text, and say why.
      warnings.push(`The embedded ${attachment.name || "XML"} could not be read: ${toAppError(error).message}`);
    }
  }
  let text = "";
  try {
    text = extractPdfText(doc);
  } catch (error) {
    if (error instanceof AppError && error.code === "TOO_LARGE") throw error;
    warnings.push("The PDF text could not be extracted.");
  }
  return billToComplete(text, warnings);
}

function billToComplete(text: string, warnings: string[]): ParsedBill {
  const proposals = proposeFromText(text);
  if (!text.trim()) warnings.push("No text found in the PDF (scanned image?): enter the amount and dates by hand.");
  return {
    vendor: proposals.vendor,
    vendorRef: proposals.invoiceNumber,
    type: guessBillType({ sellerName: proposals.vendor, typeCode: null, lineNames: [], notes: [text.slice(0, 20_000)] }),
    amount: proposals.amount,
    currency: proposals.currency,
    date: proposals.date,
    dueDate: proposals.dueDate,
    isRefund: false,
    originalAmount: null,
    originalDate: null,
    groupAmount: null,
    isThirdPartyPayer: false,
    matchingCriterias: { ...EMPTY_MATCHING_CRITERIAS },
    status: "to_complete",
    details: {
      format: "pdf",
      syntax: null,
      profile: null,
      attachment: null,
      invoiceNumber: proposals.invoiceNumber,
      typeCode: null,
      typeLabel: null,
      issueDate: proposals.date,
      dueDate: proposals.dueDate,
      dueDateSource: proposals.dueDate ? "text" : null,
      paymentTerms: null,
      currency: proposals.currency,
      grandTotal: null,
      prepaid: null,
      amountDue: proposals.amount,
      seller: null,
      buyer: null,
      paymentMeans: [],
      iban: null,
      debtorIban: null,
      mandateId: null,
      creditorId: null,
      paymentReference: null,
      warnings,
      proposals: { amounts: proposals.amounts.slice(0, 50), dates: proposals.dates.slice(0, 50) },
    },
  };
}
