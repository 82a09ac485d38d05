/** The demo's invoice and health-statement PDFs: a vendor header, the customer, the lines, the total. Pure. */
import { writePdf, type PdfText } from "./pdf";

export interface InvoiceDocument {
  vendor: string;
  vendorAddress: string[];
  title: string;
  number: string;
  issueDate: string;
  customer: string[];
  lines: { label: string; amount: string }[];
  total: { label: string; amount: string };
  footer: string[];
}

/** "1234.5" → "1 234,50 €": invoices print French amounts the French way. */
function euros(amount: string): string {
  const [units = "0", cents = "00"] = amount.replace("-", "").split(".");
  const grouped = units.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${amount.startsWith("-") ? "-" : ""}${grouped},${cents.padEnd(2, "0")} €`;
}

function frenchDay(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

export function invoicePdf(doc: InvoiceDocument): Uint8Array {
  const texts: PdfText[] = [{ x: 50, y: 780, size: 20, text: doc.vendor, isBold: true }];
  doc.vendorAddress.forEach((line, i) => texts.push({ x: 50, y: 760 - i * 13, size: 9, text: line }));
  doc.customer.forEach((line, i) => texts.push({ x: 340, y: 700 - i * 14, size: 11, text: line, isBold: i === 0 }));
  texts.push({ x: 50, y: 620, size: 16, text: doc.title, isBold: true });
  texts.push({ x: 50, y: 600, size: 10, text: `N° ${doc.number}` });
  texts.push({ x: 50, y: 586, size: 10, text: `Date : ${frenchDay(doc.issueDate)}` });
  let y = 540;
  texts.push({ x: 50, y, size: 10, text: "Désignation", isBold: true }, { x: 450, y, size: 10, text: "Montant", isBold: true });
  for (const line of doc.lines) {
    y -= 20;
    texts.push({ x: 50, y, size: 10, text: line.label }, { x: 450, y, size: 10, text: euros(line.amount) });
  }
  y -= 36;
  texts.push({ x: 50, y, size: 12, text: doc.total.label, isBold: true }, { x: 450, y, size: 12, text: euros(doc.total.amount), isBold: true });
  doc.footer.forEach((line, i) => texts.push({ x: 50, y: 90 - i * 12, size: 8, text: line }));
  return writePdf({
    title: `${doc.vendor} ${doc.number}`, texts,
    lines: [{ x1: 50, y1: 552, x2: 545, y2: 552 }, { x1: 50, y1: y + 18, x2: 545, y2: y + 18 }],
  });
}
