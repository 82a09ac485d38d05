/** The reader's edges: sniffing and size caps, hostile XML, PDF layouts the fixtures lack, plain-PDF bills. */
import { describe, expect, it } from "vitest";
import { zlibSync } from "fflate";
import { readFixture } from "../../helpers/fixtures";
import { parseEInvoice } from "../../../lib/konnectors/einvoice/parse";
import { inflateBounded } from "../../../lib/konnectors/einvoice/pdf-filters";
import { PdfDocument } from "../../../lib/konnectors/einvoice/pdf-document";
import { listAttachments } from "../../../lib/konnectors/einvoice/pdf-attachments";
import { extractPdfText } from "../../../lib/konnectors/einvoice/pdf-text";
import { proposeFromText } from "../../../lib/konnectors/einvoice/text-facts";
import { buildPdf } from "./pdf-builder";

const utf8 = (text: string) => new TextEncoder().encode(text);

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

describe("sniffing and limits", () => {
  it("refuses empty, oversized and unrecognised files with distinct errors", () => {
    expect(codeOf(() => parseEInvoice(new Uint8Array()))).toBe("INVALID_INPUT");
    expect(codeOf(() => parseEInvoice(readFixture("invoices/en16931/CII_example8.xml"), { maxBytes: 1000 }))).toBe("TOO_LARGE");
    expect(codeOf(() => parseEInvoice(utf8("Date,Amount\n2024-01-01,12.00\n")))).toBe("UNSUPPORTED_FORMAT");
    expect(codeOf(() => parseEInvoice(utf8("<?xml version='1.0'?><Document><x/></Document>")))).toBe("UNSUPPORTED_FORMAT");
  });

  it("sniffs content, not names: a BOM-prefixed UTF-8 UBL invoice reads", () => {
    const xml = readFixture("invoices/en16931/ubl-tc434-example3.xml");
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...xml]);
    expect(parseEInvoice(withBom).bill.amount).toBe("2005.00");
  });

  it("refuses entity-expansion XML before parsing it", () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><Invoice>&lol2;</Invoice>`;
    expect(codeOf(() => parseEInvoice(utf8(bomb)))).toBe("PARSE_ERROR");
  });

  it("names the missing element when an invoice lacks its total", () => {
    const text = new TextDecoder().decode(readFixture("invoices/en16931/ubl-tc434-example3.xml")).replace(/<cbc:PayableAmount[^>]*>[^<]*<\/cbc:PayableAmount>/, "").replace(/<cbc:TaxInclusiveAmount[^>]*>[^<]*<\/cbc:TaxInclusiveAmount>/, "");
    expect(() => parseEInvoice(utf8(text))).toThrow(/PayableAmount/);
  });

  it("stops inflating a deflate bomb at the cap", () => {
    const bomb = zlibSync(new Uint8Array(5 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(10_000);
    expect(codeOf(() => inflateBounded(bomb, 1024 * 1024))).toBe("TOO_LARGE");
    expect(inflateBounded(bomb).length).toBe(5 * 1024 * 1024);
  });
});

describe("XML variants", () => {
  it("reads a bare ZUGFeRD 1.0 CrossIndustryDocument taken out of its PDF", () => {
    const doc = PdfDocument.open(readFixture("invoices/ZUGFeRD_1p0_COMFORT_Einfach.pdf"));
    const [attachment] = listAttachments(doc);
    const { bill, kind } = parseEInvoice(attachment!.bytes);
    expect(kind).toBe("xml");
    expect(bill).toMatchObject({ vendor: "Lieferant GmbH", vendorRef: "471102", amount: "529.87", date: "2013-03-05", dueDate: "2013-04-04" });
    expect(bill.details.format).toBe("zugferd1");
  });

  it("decodes the declared single-byte encoding", () => {
    const text = new TextDecoder().decode(readFixture("invoices/en16931/CII_example8.xml")).replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0" encoding="ISO-8859-1"?>').replace("<ram:Name>Enexis B.V.</ram:Name>", "<ram:Name>Enexis Müller B.V.</ram:Name>");
    const latin1 = Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
    expect(parseEInvoice(latin1).bill.vendor).toBe("Enexis Müller B.V.");
  });

  it("derives the amount due from total and prepaid when an old file omits it", () => {
    const doc = PdfDocument.open(readFixture("invoices/ZUGFeRD_1p0_COMFORT_Einfach.pdf"));
    const xml = new TextDecoder().decode(listAttachments(doc)[0]!.bytes)
      .replace(/<ram:TotalPrepaidAmount currencyID="EUR">0.00</, '<ram:TotalPrepaidAmount currencyID="EUR">100.00<')
      .replace(/<ram:DuePayableAmount[^>]*>[^<]*<\/ram:DuePayableAmount>/, "");
    const { bill } = parseEInvoice(utf8(xml));
    expect(bill.amount).toBe("429.87");
    expect(bill.details.amountDue).toBeNull();
  });

  it("takes a UBL credit note's due date from its payment means", () => {
    const text = new TextDecoder().decode(readFixture("invoices/en16931/ubl-tc434-creditnote1.xml")).replace("<cbc:PaymentMeansCode>1</cbc:PaymentMeansCode>", "<cbc:PaymentMeansCode>1</cbc:PaymentMeansCode><cbc:PaymentDueDate>2019-10-23</cbc:PaymentDueDate>");
    expect(text).toContain("PaymentDueDate");
    expect(parseEInvoice(utf8(text)).bill).toMatchObject({ dueDate: "2019-10-23", isRefund: true, amount: "100.11" });
  });
});

describe("PDF layouts", () => {
  const xml = readFixture("invoices/en16931/CII_example8.xml");

  it("finds XML under an unknown name in a /Kids name tree inside object streams with an xref stream", () => {
    const pdf = buildPdf({ attachment: { name: "rechnungsdaten.xml", bytes: xml }, useObjectStreams: true, nameTreeKids: true, lines: ["Enexis"] });
    const { bill } = parseEInvoice(pdf);
    expect(bill).toMatchObject({ vendor: "Enexis B.V.", amount: "1099.78", date: "2014-11-10" });
    expect(bill.status).toBeUndefined();
    expect(bill.details.attachment).toBe("rechnungsdaten.xml");
  });

  it("reads a classic-layout PDF with a flat name tree", () => {
    const pdf = buildPdf({ attachment: { name: "factur-x.xml", bytes: xml }, lines: ["x"] });
    expect(parseEInvoice(pdf).bill.vendorRef).toBe("1100512149");
  });

  it("ignores the objects of an uncompressed PDF attached inside the PDF", () => {
    const inner = buildPdf({ lines: ["Anhang: Lieferschein"] });
    for (const useObjectStreams of [false, true]) {
      const pdf = buildPdf({ attachment: { name: "factur-x.xml", bytes: xml }, rawAttachment: { name: "anhang.pdf", bytes: inner }, useObjectStreams, lines: ["Rechnung"] });
      expect(parseEInvoice(pdf).bill).toMatchObject({ vendor: "Enexis B.V.", amount: "1099.78" });
      const doc = PdfDocument.open(pdf);
      expect(extractPdfText(doc)).toContain("Rechnung");
      expect(extractPdfText(doc)).not.toContain("Lieferschein");
    }
  });

  it("lets a later incremental update of an object win", () => {
    const base = buildPdf({ lines: ["Facture N° F-1", "Total à payer 10,00 €"] });
    const update = `\n3 0 obj\n<< /Type /Page /Parent 2 0 R /Contents 20 0 R /Resources << /Font << /F1 7 0 R >> >> >>\nendobj\n20 0 obj\n<< /Length 44 >>\nstream\nBT /F1 11 Tf (Total \\340 payer 99,50 EUR) Tj ET\nendstream\nendobj\n`;
    const pdf = new Uint8Array([...base, ...utf8(update)]);
    expect(parseEInvoice(pdf).bill.amount).toBe("99.50");
  });
});

describe("PDFs without embedded XML", () => {
  it("becomes a bill to complete, with the text's amounts and dates proposed", () => {
    const pdf = buildPdf({
      lines: ["Bouygues Telecom", "Facture n° 2024031234 du 05/03/2024", "Forfait B&You 100 Go 15,99 €", "Option 28,91 €", "Total TTC 44,90 €", "Montant prélevé le 20/03/2024"],
    });
    const { bill } = parseEInvoice(pdf);
    expect(bill).toMatchObject({ vendor: "Bouygues Telecom", vendorRef: "2024031234", type: "phone", amount: "44.90", currency: "EUR", date: "2024-03-05", dueDate: "2024-03-20", status: "to_complete" });
    const proposals = bill.details.proposals as { amounts: { amount: string }[]; dates: string[] };
    expect(proposals.amounts.map((a) => a.amount)).toEqual(["15.99", "28.91", "44.90"]);
    expect(proposals.dates).toEqual(["2024-03-05", "2024-03-20"]);
  });

  it("keeps an encrypted PDF as a bill to complete and says why", () => {
    const { bill } = parseEInvoice(buildPdf({ lines: ["Total 10,00 €"], encrypted: true }));
    expect(bill.status).toBe("to_complete");
    expect(Object.keys(bill).slice(-2)).toEqual(["status", "details"]);
    expect(bill.details.warnings.join(" ")).toMatch(/encrypted/);
  });

  it("extracts the page text of a real Factur-X PDF (ToUnicode fonts) well enough to propose its facts", () => {
    const text = extractPdfText(PdfDocument.open(readFixture("invoices/Facture_FR_BASICWL.pdf")));
    expect(text).toContain("Solde à payer");
    const proposals = proposeFromText(text);
    expect(proposals).toMatchObject({ amount: "470.15", currency: "EUR", date: "2017-11-13", dueDate: "2017-12-13", invoiceNumber: "FA-2017-0010" });
  });

  it("rejects a file that only claims to be a PDF, and a truncated one", () => {
    expect(codeOf(() => parseEInvoice(utf8("%PDF-1.4\nnothing here\n%%EOF")))).toBe("PARSE_ERROR");
    expect(codeOf(() => parseEInvoice(readFixture("invoices/EN16931_OEPNV.pdf").subarray(0, 5000)))).toBe("PARSE_ERROR");
  });
});
