/**
 * UN/CEFACT CII (Factur-X, ZUGFeRD 2.x, XRechnung CII) and the legacy ZUGFeRD 1.0 CrossIndustryDocument,
 * which carries the same information under older element names: each lookup lists both spellings.
 */
import { xmlText } from "../../xml";
import { paymentMeansLabel } from "./codes";
import type { EInvoice, InvoiceParty, PaymentMeans } from "./invoice";
import { all, amountNode, at, attribute, cleanText, firstText, textAt } from "./xml-paths";
import { compactIban, readDecimal, readInvoiceDate } from "./values";

export function readCii(root: unknown, isZugferd1: boolean): EInvoice {
  const context = at(root, "ExchangedDocumentContext") ?? at(root, "SpecifiedExchangedDocumentContext");
  const document = at(root, "ExchangedDocument") ?? at(root, "HeaderExchangedDocument");
  const transaction = at(root, "SupplyChainTradeTransaction") ?? at(root, "SpecifiedSupplyChainTradeTransaction");
  const agreement = at(transaction, "ApplicableHeaderTradeAgreement") ?? at(transaction, "ApplicableSupplyChainTradeAgreement");
  const settlement = at(transaction, "ApplicableHeaderTradeSettlement") ?? at(transaction, "ApplicableSupplyChainTradeSettlement");
  const summation = at(settlement, "SpecifiedTradeSettlementHeaderMonetarySummation") ?? at(settlement, "SpecifiedTradeSettlementMonetarySummation");
  // ZUGFeRD 1.0 files sometimes omit the currency element; their amounts still carry currencyID.
  const currency = (textAt(settlement, "InvoiceCurrencyCode") ?? attribute(at(summation, "GrandTotalAmount"), "currencyID") ?? attribute(at(summation, "DuePayableAmount"), "currencyID"))?.toUpperCase() ?? null;
  const terms = all(settlement, "SpecifiedTradePaymentTerms");
  const means = all(settlement, "SpecifiedTradeSettlementPaymentMeans");
  const amount = (name: string) => readDecimal(cleanText(xmlText(amountNode(all(summation, name), currency))));

  const issue = at(document, "IssueDateTime", "DateTimeString");
  const dueNode = terms.map((t) => at(t, "DueDateDateTime", "DateTimeString")).find((n) => n !== undefined);
  const debtorIban = firstMeansText(means, ["PayerPartyDebtorFinancialAccount", "IBANID"]);
  const payeeIban = firstMeansText(means, ["PayeePartyCreditorFinancialAccount", "IBANID"]) ?? firstMeansText(means, ["PayeePartyCreditorFinancialAccount", "ProprietaryID"]);
  const mandate = terms.map((t) => textAt(t, "DirectDebitMandateID")).find(Boolean) ?? null;

  return {
    syntax: isZugferd1 ? "zugferd1" : "cii",
    profile: textAt(context, "GuidelineSpecifiedDocumentContextParameter", "ID"),
    invoiceNumber: textAt(document, "ID"),
    typeCode: textAt(document, "TypeCode"),
    isCreditNoteRoot: false,
    issueDate: readInvoiceDate(cleanText(xmlText(issue)), attribute(issue, "format")),
    dueDate: readInvoiceDate(cleanText(xmlText(dueNode)), attribute(dueNode, "format")),
    paymentTerms: cleanText(terms.map((t) => all(t, "Description").map((d) => cleanText(xmlText(d))).filter(Boolean).join(" ")).filter(Boolean).join(" ")),
    currency,
    grandTotal: amount("GrandTotalAmount"),
    prepaid: amount("TotalPrepaidAmount"),
    amountDue: amount("DuePayableAmount"),
    seller: readParty(at(agreement, "SellerTradeParty")),
    buyer: readParty(at(agreement, "BuyerTradeParty")),
    paymentMeans: readMeans(means),
    iban: compactIban(payeeIban),
    debtorIban: compactIban(debtorIban),
    mandateId: mandate,
    creditorId: textAt(settlement, "CreditorReferenceID") ?? terms.map((t) => textAt(t, "CreditorReferenceID")).find(Boolean) ?? null,
    paymentReference: textAt(settlement, "PaymentReference"),
    lineNames: all(transaction, "IncludedSupplyChainTradeLineItem", "SpecifiedTradeProduct", "Name").map((n) => cleanText(xmlText(n))).filter((n): n is string => !!n),
    notes: all(document, "IncludedNote", "Content").map((n) => cleanText(xmlText(n))).filter((n): n is string => !!n),
  };
}

function readParty(party: unknown): InvoiceParty {
  const vat = all(party, "SpecifiedTaxRegistration", "ID").find((id) => attribute(id, "schemeID") === "VA");
  return {
    name: textAt(party, "Name"),
    tradingName: firstText(party, [["SpecifiedLegalOrganization", "TradingBusinessName"]]),
    vatId: cleanText(xmlText(vat)),
  };
}

function readMeans(nodes: readonly unknown[]): PaymentMeans[] {
  const seen = new Set<string>();
  const out: PaymentMeans[] = [];
  for (const node of nodes) {
    const code = textAt(node, "TypeCode");
    // Enexis-style files repeat identical payment means: keep one of each code.
    if (!code || seen.has(code)) continue;
    seen.add(code);
    out.push({ code, label: paymentMeansLabel(code), information: textAt(node, "Information") });
  }
  return out;
}

function firstMeansText(nodes: readonly unknown[], path: readonly string[]): string | null {
  for (const node of nodes) {
    const value = textAt(node, ...path);
    if (value) return value;
  }
  return null;
}
