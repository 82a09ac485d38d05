/** OASIS UBL 2.x Invoice and CreditNote (XRechnung UBL, Peppol BIS, CEN examples). */
import { xmlText } from "../../xml";
import { paymentMeansLabel } from "./codes";
import type { EInvoice, InvoiceParty, PaymentMeans } from "./invoice";
import { all, amountNode, at, attribute, cleanText, firstText, textAt } from "./xml-paths";
import { compactIban, readDecimal, readInvoiceDate } from "./values";

export function readUbl(root: unknown, isCreditNote: boolean): EInvoice {
  const totals = at(root, "LegalMonetaryTotal");
  const currency = (textAt(root, "DocumentCurrencyCode") ?? attribute(at(totals, "PayableAmount"), "currencyID"))?.toUpperCase() ?? null;
  const amount = (name: string) => readDecimal(cleanText(xmlText(amountNode(all(totals, name), currency))));
  const means = all(root, "PaymentMeans");
  const supplier = at(root, "AccountingSupplierParty", "Party");
  const sepaId = all(supplier, "PartyIdentification", "ID").find((id) => attribute(id, "schemeID")?.toUpperCase() === "SEPA");
  const dueText = textAt(root, "DueDate") ?? means.map((m) => textAt(m, "PaymentDueDate")).find(Boolean) ?? null;
  const payee = means.map((m) => textAt(m, "PayeeFinancialAccount", "ID")).find(Boolean) ?? null;
  const debtor = means.map((m) => textAt(m, "PaymentMandate", "PayerFinancialAccount", "ID")).find(Boolean) ?? null;
  const lineElement = isCreditNote ? "CreditNoteLine" : "InvoiceLine";

  return {
    syntax: "ubl",
    profile: textAt(root, "CustomizationID"),
    invoiceNumber: textAt(root, "ID"),
    typeCode: textAt(root, isCreditNote ? "CreditNoteTypeCode" : "InvoiceTypeCode") ?? (isCreditNote ? "381" : null),
    isCreditNoteRoot: isCreditNote,
    issueDate: readInvoiceDate(textAt(root, "IssueDate")),
    dueDate: readInvoiceDate(dueText),
    paymentTerms: cleanText(all(root, "PaymentTerms", "Note").map((n) => cleanText(xmlText(n))).filter(Boolean).join(" ")),
    currency,
    grandTotal: amount("TaxInclusiveAmount"),
    prepaid: amount("PrepaidAmount"),
    amountDue: amount("PayableAmount"),
    seller: readParty(supplier),
    buyer: readParty(at(root, "AccountingCustomerParty", "Party")),
    paymentMeans: readMeans(means),
    iban: compactIban(payee),
    debtorIban: compactIban(debtor),
    mandateId: means.map((m) => textAt(m, "PaymentMandate", "ID")).find(Boolean) ?? null,
    creditorId: cleanText(xmlText(sepaId)),
    paymentReference: means.map((m) => textAt(m, "PaymentID")).find(Boolean) ?? null,
    lineNames: all(root, lineElement, "Item", "Name").map((n) => cleanText(xmlText(n))).filter((n): n is string => !!n),
    notes: all(root, "Note").map((n) => cleanText(xmlText(n))).filter((n): n is string => !!n),
  };
}

function readParty(party: unknown): InvoiceParty {
  const vat = all(party, "PartyTaxScheme").find((scheme) => (textAt(scheme, "TaxScheme", "ID") ?? "VAT").toUpperCase() === "VAT");
  return {
    name: firstText(party, [["PartyLegalEntity", "RegistrationName"], ["PartyName", "Name"]]),
    tradingName: textAt(party, "PartyName", "Name"),
    vatId: textAt(vat, "CompanyID"),
  };
}

function readMeans(nodes: readonly unknown[]): PaymentMeans[] {
  const seen = new Set<string>();
  const out: PaymentMeans[] = [];
  for (const node of nodes) {
    const code = textAt(node, "PaymentMeansCode");
    if (!code || seen.has(code)) continue;
    seen.add(code);
    out.push({ code, label: paymentMeansLabel(code), information: attribute(at(node, "PaymentMeansCode"), "name") });
  }
  return out;
}
