/** The demo's PDF writer, read back by our own PDF reader (the e-invoice konnector's): text, accents, xref. */
import { describe, expect, it } from "vitest";
import { writePdf } from "../../../lib/demo/pdf";
import { invoicePdf } from "../../../lib/demo/invoice-pdf";
import { PdfDocument } from "../../../lib/konnectors/einvoice/pdf-document";
import { extractPdfText } from "../../../lib/konnectors/einvoice/pdf-text";

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

describe("demo PDF writer", () => {
  it("writes a cross-reference table whose offsets point at each object", () => {
    const text = latin1(writePdf({ texts: [{ x: 50, y: 700, size: 12, text: "Bonjour (monde) \\ é €" }] }));
    const xrefAt = Number(/startxref\n(\d+)/.exec(text)?.[1]);
    expect(text.slice(xrefAt, xrefAt + 4)).toBe("xref");
    const offsets = [...text.slice(xrefAt).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(7);
    offsets.forEach((offset, i) => expect(text.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`));
    const length = Number(/\/Length (\d+) >>\nstream\n/.exec(text)?.[1]);
    const start = text.indexOf("stream\n") + "stream\n".length;
    expect(text.slice(start + length, start + length + "\nendstream".length)).toBe("\nendstream");
  });

  it("is read back by the e-invoice konnector's PDF reader, accents and euro sign included", () => {
    const pdf = invoicePdf({
      vendor: "EDF", vendorAddress: ["22-30 avenue de Wagram"], title: "Facture", number: "F-2026-001", issueDate: "2026-03-04",
      customer: ["Mme Claire Dupont"], lines: [{ label: "Électricité", amount: "78.83" }], total: { label: "Total TTC", amount: "94.58" }, footer: [],
    });
    const text = extractPdfText(PdfDocument.open(pdf));
    expect(text).toContain("Électricité");
    expect(text).toContain("94,58 €");
    expect(text).toContain("F-2026-001");
  });
});
