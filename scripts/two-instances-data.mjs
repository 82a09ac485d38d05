// Data for scripts/two-instances.mjs, written by us (no fixture is copied): two bank statements (a checking account
// with a monthly subscription, an EDF direct debit and a transfer out; a savings account receiving that transfer)
// and a small UBL e-invoice for the inbox and for the upload. Dates are recent (the periodic passes look at the
// last months only).

const DAY_MS = 86_400_000;
/** YYYY-MM-DD, `days` before today (UTC). */
export const daysAgo = (days) => new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10);
/** The 12th of the month, `months` before this one. */
const twelfth = (months) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 12)).toISOString().slice(0, 10);
};

function ofx(accountId, rows) {
  const transactions = rows.map(([fitId, day, amount, name]) =>
    `<STMTTRN><TRNTYPE>${amount.startsWith("-") ? "DEBIT" : "CREDIT"}<DTPOSTED>${day.replaceAll("-", "")}<TRNAMT>${amount}<FITID>${fitId}<NAME>${name}</STMTTRN>`).join("\n");
  return `OFXHEADER:100
DATA:OFXSGML
VERSION:102
CHARSET:1252

<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR
<BANKACCTFROM><BANKID>30004<ACCTID>${accountId}<ACCTTYPE>CHECKING</BANKACCTFROM>
<BANKTRANLIST><DTSTART>${twelfth(7).replaceAll("-", "")}<DTEND>${daysAgo(1).replaceAll("-", "")}
${transactions}
</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
`;
}

export function checkingOfx(accountId = "TWO-CHECKING") {
  const netflix = [6, 5, 4, 3, 2, 1].map((months, i) => [`TWO-NF-${i}`, twelfth(months), "-13.49", "CB NETFLIX.COM"]);
  return ofx(accountId, [
    ...netflix,
    ["TWO-EDF", daysAgo(10), "-76.20", "PRLV SEPA EDF CLIENTS PARTICULIERS"],
    ["TWO-SAL", daysAgo(6), "2500.00", "VIR SALAIRE ACME"],
    ["TWO-TR-OUT", daysAgo(4), "-500.00", "VIR VERS LIVRET A"],
  ]);
}

export function savingsOfx() {
  return ofx("TWO-SAVINGS", [["TWO-TR-IN", daysAgo(4), "500.00", "VIR DEPUIS COMPTE COURANT"]]);
}

export function invoiceXml(number, total, issueDay) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
  <cbc:ID>${number}</cbc:ID>
  <cbc:IssueDate>${issueDay}</cbc:IssueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>EDF</cbc:Name></cac:PartyName><cac:PartyLegalEntity><cbc:RegistrationName>EDF</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>Two</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingCustomerParty>
  <cac:LegalMonetaryTotal><cbc:TaxInclusiveAmount currencyID="EUR">${total}</cbc:TaxInclusiveAmount><cbc:PayableAmount currencyID="EUR">${total}</cbc:PayableAmount></cac:LegalMonetaryTotal>
  <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity>1</cbc:InvoicedQuantity><cbc:LineExtensionAmount currencyID="EUR">${total}</cbc:LineExtensionAmount><cac:Item><cbc:Name>Electricity</cbc:Name></cac:Item></cac:InvoiceLine>
</Invoice>
`;
}
