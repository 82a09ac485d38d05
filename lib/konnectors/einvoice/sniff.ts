/** Size cap and content sniffing for e-invoice files: the bytes decide, never the file name or a client's MIME type. */
import { AppError } from "../../errors";

export const MAX_EINVOICE_BYTES = 20 * 1024 * 1024;

export type EInvoiceKind = "pdf" | "xml";

export const MIME_TYPES: Readonly<Record<EInvoiceKind, string>> = { pdf: "application/pdf", xml: "application/xml" };

export function sniffEInvoice(bytes: Uint8Array, maxBytes = MAX_EINVOICE_BYTES): EInvoiceKind {
  if (bytes.length === 0) throw new AppError("INVALID_INPUT", "The file is empty", { userMessage: "The file is empty." });
  if (bytes.length > maxBytes) {
    throw new AppError("TOO_LARGE", `The file is ${bytes.length} bytes; e-invoices are limited to ${maxBytes} bytes`, {
      userMessage: `This file is too large (limit ${Math.round(maxBytes / 1024 / 1024)} MB).`,
    });
  }
  // PDF readers accept the header anywhere in the first 1024 bytes (ISO 32000-1 annex H).
  const head = asciiHead(bytes, 1024);
  if (head.includes("%PDF-")) return "pdf";
  if (isXmlStart(bytes)) return "xml";
  throw new AppError("UNSUPPORTED_FORMAT", "Not a PDF (%PDF-) nor an XML document (<?xml or a root element)", {
    userMessage: "This file is neither a PDF nor an XML e-invoice (Factur-X, ZUGFeRD, XRechnung, UBL or CII).",
  });
}

function asciiHead(bytes: Uint8Array, length: number): string {
  let out = "";
  for (let i = 0; i < Math.min(length, bytes.length); i++) out += String.fromCharCode(bytes[i] ?? 0);
  return out;
}

function isXmlStart(bytes: Uint8Array): boolean {
  // UTF-16 with a BOM: look at every other byte.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const step = bytes[0] === 0xff ? 0 : 1;
    let text = "";
    for (let i = 2 + step; i < Math.min(bytes.length, 400); i += 2) text += String.fromCharCode(bytes[i] ?? 0);
    return /^\s*<[?!A-Za-z_]/.test(text);
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return /^\s*<(\?xml|!--|[A-Za-z_])/.test(asciiHead(bytes.subarray(start), 256));
}
