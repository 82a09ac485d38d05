/** Code lists used by e-invoices: UNTDID 1001 document types (BT-3) and UNTDID 4461 payment means (BT-81). */

const DOCUMENT_TYPES: Readonly<Record<string, string>> = {
  "71": "Request for payment",
  "80": "Debit note related to goods or services",
  "81": "Credit note related to goods or services",
  "82": "Metered services invoice",
  "83": "Credit note related to financial adjustments",
  "84": "Debit note related to financial adjustments",
  "102": "Tax notification",
  "218": "Final payment request based on completion of work",
  "219": "Payment request for completed units",
  "261": "Self billed credit note",
  "262": "Consolidated credit note - goods and services",
  "295": "Prepayment invoice (provisional)",
  "296": "Credit note for price variation",
  "308": "Delcredere credit note",
  "325": "Proforma invoice",
  "326": "Partial invoice",
  "380": "Commercial invoice",
  "381": "Credit note",
  "383": "Debit note",
  "384": "Corrected invoice",
  "385": "Consolidated invoice",
  "386": "Prepayment invoice",
  "389": "Self-billed invoice",
  "390": "Delcredere invoice",
  "393": "Factored invoice",
  "394": "Lease invoice",
  "395": "Consignment invoice",
  "396": "Factored credit note",
  "420": "Optical Character Reading (OCR) payment credit note",
  "456": "Debit advice",
  "457": "Reversal of debit",
  "458": "Reversal of credit",
  "527": "Self billed debit note",
  "532": "Forwarder's credit note",
  "553": "Forwarder's invoice discrepancy report",
  "575": "Insurer's invoice",
  "623": "Forwarder's invoice",
  "633": "Port charges documents",
  "751": "Invoice information for accounting purposes",
  "780": "Freight invoice",
  "817": "Claim notification",
  "870": "Consular invoice",
  "875": "Partial construction invoice",
  "876": "Partial final construction invoice",
  "877": "Final construction invoice",
  "935": "Customs invoice",
};

/** Document types whose amounts are money coming back to the buyer. */
const CREDIT_TYPES = new Set(["81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532"]);

const PAYMENT_MEANS: Readonly<Record<string, string>> = {
  "1": "Instrument not defined",
  "10": "In cash",
  "20": "Cheque",
  "30": "Credit transfer",
  "31": "Debit transfer",
  "42": "Payment to bank account",
  "48": "Bank card",
  "49": "Direct debit",
  "54": "Credit card",
  "55": "Debit card",
  "57": "Standing agreement",
  "58": "SEPA credit transfer",
  "59": "SEPA direct debit",
  "68": "Online payment service",
  "97": "Clearing between partners",
  ZZZ: "Mutually defined",
};

export function documentTypeLabel(code: string | null): string | null {
  return code ? (DOCUMENT_TYPES[code] ?? null) : null;
}

export function isCreditDocumentType(code: string | null): boolean {
  return code !== null && CREDIT_TYPES.has(code);
}

export function paymentMeansLabel(code: string): string | null {
  return PAYMENT_MEANS[code] ?? null;
}
