/**
 * Pure safety checks: the PDF reader's per-document decoding budget (many streams each under the per-stream cap),
 * XML entity refusal, CSV formula neutralization in every CSV the app writes, and the bill file
 * Content-Disposition (no header injection, no path in the name).
 */
import { Deflate } from "fflate";
import { describe, expect, it } from "vitest";
import { MAX_DOCUMENT_DECODED_BYTES, PdfDocument } from "../../../lib/konnectors/einvoice/pdf-document";
import { parseXml } from "../../../lib/xml";
import { csvCell } from "../../../lib/export/csv";
import { csvText } from "../../../lib/insights/shape/csv";
import { contentDisposition } from "../../../lib/bills/ui/file-response";
import { redactUrl } from "../../../lib/aggregators/api/http";

function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

function zeros(mb: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const deflater = new Deflate({ level: 9 }, (chunk) => chunks.push(chunk));
  const block = new Uint8Array(1024 * 1024);
  for (let i = 0; i < mb; i++) deflater.push(block, i === mb - 1);
  return concat(chunks);
}

function pdfWithStreams(count: number, data: Uint8Array): Uint8Array {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [enc.encode("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n")];
  for (let i = 0; i < count; i++) parts.push(enc.encode(`${2 + i} 0 obj << /Length ${data.length} /Filter /FlateDecode >> stream\n`), data, enc.encode("\nendstream endobj\n"));
  parts.push(enc.encode("trailer << /Root 1 0 R >>\n%%EOF\n"));
  return concat(parts);
}

describe("PDF decoding budget", () => {
  it("stops a document whose streams, each under the per-stream cap, add up past the document budget", () => {
    const perStreamMb = 48;
    const count = Math.ceil(MAX_DOCUMENT_DECODED_BYTES / (perStreamMb * 1024 * 1024)) + 1;
    const doc = PdfDocument.open(pdfWithStreams(count, zeros(perStreamMb)));
    let decoded = 0;
    let error: unknown = null;
    try {
      for (let i = 0; i < count; i++) decoded += doc.decodeStream(doc.getStream(2 + i)!).length;
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: "TOO_LARGE" });
    expect(decoded).toBeLessThanOrEqual(MAX_DOCUMENT_DECODED_BYTES);
  });

  it("leaves ordinary documents alone", () => {
    const doc = PdfDocument.open(pdfWithStreams(3, zeros(1)));
    for (let i = 0; i < 3; i++) expect(doc.decodeStream(doc.getStream(2 + i)!).length).toBe(1024 * 1024);
  });
});

describe("XML safety", () => {
  const refused = (text: string) => {
    try {
      parseXml(text);
      return "parsed";
    } catch (error) {
      return (error as { code?: string }).code;
    }
  };

  it("refuses internal subsets, entity declarations and external entities, whatever the case or spacing", () => {
    expect(refused(`<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>`)).toBe("PARSE_ERROR");
    expect(refused(`<!doctype a [ <!entity x SYSTEM "file:///etc/passwd"> ]><a>&x;</a>`)).toBe("PARSE_ERROR");
    expect(refused(`<?xml version="1.0"?>\n<!DOCTYPE a PUBLIC "-//x//EN" "http://example.invalid/x.dtd" [\n<!ENTITY % p SYSTEM "http://example.invalid/p">%p;]><a/>`)).toBe("PARSE_ERROR");
    expect(refused(`<a><!ENTITY x "y"></a>`)).toBe("PARSE_ERROR");
  });

  it("never expands an undeclared or external entity into text", () => {
    const parsed = (() => {
      try {
        return JSON.stringify(parseXml(`<!DOCTYPE a SYSTEM "file:///etc/passwd"><a>&xxe;</a>`));
      } catch {
        return "";
      }
    })();
    expect(parsed).not.toContain("root:");
  });
});

describe("CSV formula injection", () => {
  const hostile = ["=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=cmd|' /C calc'!A0"];

  it("every text cell a spreadsheet would evaluate starts with a quote, in both CSV writers", () => {
    for (const write of [csvCell, csvText]) {
      for (const value of hostile) {
        const cell = write(value);
        const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
        expect(unquoted.startsWith("'"), `${JSON.stringify(value)} → ${cell}`).toBe(true);
      }
      expect(write("Boulangerie Gosselin")).toBe("Boulangerie Gosselin");
    }
  });
});

describe("bill file names in headers", () => {
  it("cannot inject a header or carry a path into the ASCII filename", () => {
    const header = contentDisposition("attachment", "../../etc/passwd\r\nSet-Cookie: a=b\".pdf");
    expect(header).not.toMatch(/[\r\n]/);
    const ascii = /filename="([^"]*)"/.exec(header)?.[1] ?? "";
    expect(ascii).not.toMatch(/[\\/"]/);
  });
});

describe("provider URLs in messages", () => {
  it("drop user-info and query strings (SimpleFIN access URLs carry credentials)", () => {
    const shown = redactUrl("https://user:s3cr3t@bridge.example/simplefin/accounts?start-date=1&token=abc");
    expect(shown).toBe("https://bridge.example/simplefin/accounts");
  });
});
