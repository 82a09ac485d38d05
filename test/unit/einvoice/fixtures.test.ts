/**
 * Every shared e-invoice fixture parses to the facts listed in fixtures/invoices/SOURCES.md (read in place).
 */
import { describe, expect, it } from "vitest";
import { listFixtures, readFixture } from "../../helpers/fixtures";
import { parseEInvoice } from "../../../lib/konnectors/einvoice/parse";

interface Facts {
  number: string;
  typeCode: string;
  issue: string;
  due: string | null;
  currency: string;
  total: string;
  prepaid: string | null;
  amountDue: string;
  seller: string;
  means: string | null;
  mandate?: string;
  creditor?: string;
  reference: string | null;
  /** The Bill JSON's amount and refund flag. */
  amount: string;
  isRefund: boolean;
  type: string;
}

const PLACEHOLDER_SELLER = "[Seller name]";
const kosit = { mandate: "[Mandate reference identifier]", creditor: "[Bank assigned creditor identifier]" };

const EXPECTED: Record<string, Facts> = {
  "Facture_FR_BASICWL.pdf": { number: "FA-2017-0010", typeCode: "380", issue: "2017-11-13", due: "2017-12-13", currency: "EUR", total: "671.15", prepaid: "201.00", amountDue: "470.15", seller: "Au bon moulin", means: "30", reference: "FA-2017-0010", amount: "470.15", isRefund: false, type: "other" },
  "Facture_FR_MINIMUM.pdf": { number: "FA-2017-0010", typeCode: "380", issue: "2017-11-13", due: null, currency: "EUR", total: "671.15", prepaid: null, amountDue: "470.15", seller: "Au bon moulin", means: null, reference: null, amount: "470.15", isRefund: false, type: "other" },
  "Avoir_FR_type381_BASIC.pdf": { number: "AV-2017-0005", typeCode: "381", issue: "2017-11-16", due: "2017-11-16", currency: "EUR", total: "233.47", prepaid: "0.00", amountDue: "233.47", seller: "Au bon moulin", means: null, reference: "AV-2017-0005", amount: "233.47", isRefund: true, type: "other" },
  "EN16931_OEPNV.pdf": { number: "E2018092011804", typeCode: "380", issue: "2018-09-20", due: "2018-10-03", currency: "EUR", total: "9.00", prepaid: null, amountDue: "9.00", seller: "Verkehrsbetriebe GmbH", means: "30", reference: null, amount: "9.00", isRefund: false, type: "transport" },
  "EN16931_Physiotherapeut.pdf": { number: "R18-31", typeCode: "380", issue: "2018-10-03", due: "2018-11-21", currency: "EUR", total: "380.00", prepaid: null, amountDue: "380.00", seller: "Physiotherapeutin", means: "30", reference: null, amount: "380.00", isRefund: false, type: "health_costs" },
  "EN16931_Haftpflichtversicherung_Versicherungssteuer.pdf": { number: "01.234.567.8-2018-1", typeCode: "575", issue: "2018-12-06", due: "2018-12-06", currency: "EUR", total: "50.00", prepaid: "0.00", amountDue: "50.00", seller: "MVM Musterhafter Versicherungsverein Musterstadt a.G.", means: null, reference: null, amount: "50.00", isRefund: false, type: "insurance" },
  "EN16931_Kraftfahrversicherung_Bruttopreise.pdf": { number: "00.123.456.7-2018-1", typeCode: "575", issue: "2018-03-11", due: "2018-07-01", currency: "EUR", total: "220.00", prepaid: "-220.00", amountDue: "440.00", seller: "MVM Musterhafter Versicherungsverein Musterstadt a.G.", means: null, reference: null, amount: "440.00", isRefund: false, type: "insurance" },
  "EN16931_SEPA_Prenotification.pdf": { number: "471102", typeCode: "380", issue: "2018-03-05", due: "2018-03-20", currency: "EUR", total: "529.87", prepaid: "0.00", amountDue: "529.87", seller: "Lieferant GmbH", means: "59", mandate: "REF A-123", creditor: "DE98ZZZ09999999999", reference: null, amount: "529.87", isRefund: false, type: "other" },
  "EN16931_Einfach_DueDate.pdf": { number: "471102", typeCode: "380", issue: "2018-03-05", due: "2019-03-05", currency: "EUR", total: "529.87", prepaid: "0.00", amountDue: "529.87", seller: "Lieferant GmbH", means: null, reference: null, amount: "529.87", isRefund: false, type: "other" },
  "XRECHNUNG_Einfach.pdf": { number: "471102", typeCode: "380", issue: "2018-03-05", due: "2018-04-04", currency: "EUR", total: "529.87", prepaid: "0.00", amountDue: "529.87", seller: "Lieferant GmbH", means: "58", reference: null, amount: "529.87", isRefund: false, type: "other" },
  "zugferd_2p0_BASIC_Taxifahrt.pdf": { number: "TX-471102", typeCode: "380", issue: "2018-10-30", due: "2018-11-29", currency: "EUR", total: "18.08", prepaid: null, amountDue: "18.08", seller: "Taxiunternehmen TX GmbH", means: null, reference: null, amount: "18.08", isRefund: false, type: "transport" },
  "ZUGFeRD_1p0_COMFORT_Einfach.pdf": { number: "471102", typeCode: "380", issue: "2013-03-05", due: "2013-04-04", currency: "EUR", total: "529.87", prepaid: "0.00", amountDue: "529.87", seller: "Lieferant GmbH", means: "31", reference: "2013-471102", amount: "529.87", isRefund: false, type: "other" },
  "xrechnung/03.01a-INVOICE_ubl.xml": { number: "123456789", typeCode: "380", issue: "2019-02-28", due: "2019-03-14", currency: "EUR", total: "804.86", prepaid: "1030.00", amountDue: "-225.14", seller: PLACEHOLDER_SELLER, means: "59", ...kosit, reference: null, amount: "225.14", isRefund: true, type: "energy" },
  "xrechnung/03.01a-INVOICE_uncefact.xml": { number: "123456789", typeCode: "380", issue: "2019-02-28", due: "2019-03-14", currency: "EUR", total: "804.86", prepaid: "1030.00", amountDue: "-225.14", seller: PLACEHOLDER_SELLER, means: "59", ...kosit, reference: null, amount: "225.14", isRefund: true, type: "energy" },
  "xrechnung/03.04a-INVOICE_ubl.xml": { number: "123456789", typeCode: "380", issue: "2018-06-05", due: "2019-03-14", currency: "EUR", total: "41836.62", prepaid: "39839.00", amountDue: "1997.62", seller: PLACEHOLDER_SELLER, means: "59", ...kosit, reference: null, amount: "1997.62", isRefund: false, type: "energy" },
  "xrechnung/01.07a-INVOICE_ubl.xml": { number: "R1234567", typeCode: "380", issue: "2016-06-30", due: "2016-08-14", currency: "EUR", total: "45.22", prepaid: null, amountDue: "45.22", seller: PLACEHOLDER_SELLER, means: "58", reference: null, amount: "45.22", isRefund: false, type: "rent" },
  "en16931/CII_example8.xml": { number: "1100512149", typeCode: "380", issue: "2014-11-10", due: "2014-11-24", currency: "EUR", total: "1099.78", prepaid: null, amountDue: "1099.78", seller: "Enexis B.V.", means: "30", reference: "1100512149", amount: "1099.78", isRefund: false, type: "energy" },
  "en16931/ubl-tc434-example8.xml": { number: "1100512149", typeCode: "380", issue: "2014-11-10", due: "2014-11-24", currency: "EUR", total: "1099.78", prepaid: null, amountDue: "1099.78", seller: "Enexis B.V.", means: "30", reference: "1100512149", amount: "1099.78", isRefund: false, type: "energy" },
  "en16931/ubl-tc434-example3.xml": { number: "TOSL108", typeCode: "380", issue: "2013-04-10", due: "2013-05-10", currency: "DKK", total: "2005.00", prepaid: null, amountDue: "2005.00", seller: "SubscriptionSeller", means: "30", reference: "Payref1", amount: "2005.00", isRefund: false, type: "other" },
  "en16931/ubl-tc434-creditnote1.xml": { number: "018304 / 28865", typeCode: "381", issue: "2019-09-23", due: null, currency: "EUR", total: "100.11", prepaid: null, amountDue: "100.11", seller: "My Supplier Company", means: "1", reference: "010676609538", amount: "100.11", isRefund: true, type: "other" },
};

const DESIGN_KEYS = ["vendor", "vendorRef", "type", "amount", "currency", "date", "dueDate", "isRefund", "originalAmount", "originalDate", "groupAmount", "isThirdPartyPayer", "matchingCriterias"];

describe("e-invoice fixtures", () => {
  const files = [
    ...listFixtures("invoices").filter((f) => /\.(pdf|xml)$/i.test(f)),
    ...listFixtures("invoices/xrechnung").map((f) => `xrechnung/${f}`),
    ...listFixtures("invoices/en16931").map((f) => `en16931/${f}`),
  ];

  it("has an expectation for every fixture file (a new fixture cannot slip through untested)", () => {
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, facts] of Object.entries(EXPECTED)) {
    it(`reads ${file}`, () => {
      const { bill, kind } = parseEInvoice(readFixture(`invoices/${file}`));
      expect(kind).toBe(file.endsWith(".pdf") ? "pdf" : "xml");
      expect(Object.keys(bill)).toEqual([...DESIGN_KEYS, "details"]);
      expect(bill).toMatchObject({
        vendor: facts.seller,
        vendorRef: facts.number,
        type: facts.type,
        amount: facts.amount,
        currency: facts.currency,
        date: facts.issue,
        dueDate: facts.due,
        isRefund: facts.isRefund,
        originalAmount: null,
        originalDate: null,
        groupAmount: null,
        isThirdPartyPayer: false,
        matchingCriterias: { labelRegex: null, amountLowerDelta: null, amountUpperDelta: null, dateLowerDelta: null, dateUpperDelta: null },
      });
      const d = bill.details;
      expect(d.typeCode).toBe(facts.typeCode);
      expect(d.grandTotal).toBe(facts.total);
      expect(d.prepaid).toBe(facts.prepaid);
      expect(d.amountDue).toBe(facts.amountDue);
      expect(d.paymentMeans[0]?.code ?? null).toBe(facts.means);
      expect(d.mandateId).toBe(facts.mandate ?? null);
      expect(d.creditorId).toBe(facts.creditor ?? null);
      expect(d.paymentReference).toBe(facts.reference);
    });
  }

  it("names the attachment it read, whatever the standard calls it", () => {
    const names = ["XRECHNUNG_Einfach.pdf", "zugferd_2p0_BASIC_Taxifahrt.pdf", "ZUGFeRD_1p0_COMFORT_Einfach.pdf", "EN16931_OEPNV.pdf"].map(
      (file) => parseEInvoice(readFixture(`invoices/${file}`)).bill.details.attachment,
    );
    expect(names).toEqual(["xrechnung.xml", "zugferd-invoice.xml", "ZUGFeRD-invoice.xml", "factur-x.xml"]);
  });

  it("reads the same Enexis bill identically from CII and UBL", () => {
    const strip = (file: string) => {
      const { details: _details, ...bill } = parseEInvoice(readFixture(`invoices/en16931/${file}`)).bill;
      return bill;
    };
    expect(strip("CII_example8.xml")).toEqual(strip("ubl-tc434-example8.xml"));
  });

  it("records where a due date came from and labels payment means", () => {
    const sepa = parseEInvoice(readFixture("invoices/EN16931_SEPA_Prenotification.pdf")).bill.details;
    expect(sepa.dueDateSource).toBe("payment-terms");
    expect(sepa.paymentMeans[0]).toEqual({ code: "59", label: "SEPA direct debit", information: null });
    expect(sepa.iban).toBeNull();
    expect(sepa.debtorIban).toBe("DE21860000000086001055");
    const oepnv = parseEInvoice(readFixture("invoices/EN16931_OEPNV.pdf")).bill.details;
    expect(oepnv.dueDateSource).toBe("element");
    expect(oepnv.iban).toBe("DE12123456789012345678");
  });
});
