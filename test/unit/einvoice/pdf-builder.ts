/**
 * Builds small PDFs in memory for tests: optional embedded XML (flat or /Kids name tree), optional page text,
 * and optionally the PDF 1.5 layout (objects packed in a compressed object stream, an xref stream instead of
 * a trailer) that real Factur-X writers produce and the fixtures do not cover.
 */
import { zlibSync } from "fflate";

export interface BuildPdfOptions {
  attachment?: { name: string; bytes: Uint8Array; mime?: string };
  lines?: string[];
  useObjectStreams?: boolean;
  nameTreeKids?: boolean;
  encrypted?: boolean;
  /** A second attachment stored uncompressed after everything else (e.g. a PDF inside the PDF). */
  rawAttachment?: { name: string; bytes: Uint8Array };
}

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
// Page text is WinAnsi-encoded (the font says so): the euro sign is byte 0x80 there.
const escapePdf = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`).replace(/€/g, "\x80");

export function buildPdf(options: BuildPdfOptions): Uint8Array {
  const dicts = new Map<number, string>();
  const streams = new Map<number, { dict: string; data: Uint8Array }>();
  const names = options.attachment ? ` /Names << /EmbeddedFiles 5 0 R >> /AF [8 0 R]` : "";
  dicts.set(1, `<< /Type /Catalog /Pages 2 0 R${names} >>`);
  dicts.set(2, `<< /Type /Pages /Kids [3 0 R] /Count 1 >>`);
  dicts.set(3, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 7 0 R >> >> >>`);
  dicts.set(7, `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>`);
  const content = ["BT", "/F1 11 Tf", "72 760 Td", ...(options.lines ?? []).map((line, i) => `${i ? "0 -14 Td " : ""}(${escapePdf(line)}) Tj`), "ET"].join("\n");
  streams.set(4, { dict: "/Filter /FlateDecode", data: zlibSync(latin1(content)) });
  if (options.attachment) {
    const name = escapePdf(options.attachment.name);
    if (options.nameTreeKids) {
      dicts.set(5, `<< /Kids [6 0 R] >>`);
      dicts.set(6, `<< /Limits [(${name}) (${name})] /Names [(${name}) 8 0 R] >>`);
    } else {
      const extra = options.rawAttachment ? ` (${escapePdf(options.rawAttachment.name)}) 14 0 R` : "";
      dicts.set(5, `<< /Names [(${name}) 8 0 R${extra}] >>`);
      if (options.rawAttachment) dicts.set(14, `<< /Type /Filespec /F (${escapePdf(options.rawAttachment.name)}) /EF << /F 15 0 R >> >>`);
    }
    dicts.set(8, `<< /Type /Filespec /F (${name}) /UF (${name}) /EF << /F 9 0 R >> /AFRelationship /Alternative >>`);
    const mime = (options.attachment.mime ?? "text/xml").replace("/", "#2F");
    streams.set(9, { dict: `/Type /EmbeddedFile /Subtype /${mime} /Filter /FlateDecode`, data: zlibSync(options.attachment.bytes) });
  }
  if (options.encrypted) dicts.set(12, `<< /Filter /Standard /V 2 /R 3 /O <00> /U <00> /P -4 >>`);

  const parts: Uint8Array[] = [latin1("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")];
  let offset = parts[0]!.length;
  const push = (bytes: Uint8Array) => {
    parts.push(bytes);
    offset += bytes.length;
  };
  const writeStream = (num: number, dict: string, data: Uint8Array) => {
    push(latin1(`${num} 0 obj\n<< ${dict} /Length ${data.length} >>\nstream\n`));
    push(data);
    push(latin1("\nendstream\nendobj\n"));
  };
  for (const [num, stream] of streams) writeStream(num, stream.dict, stream.data);
  const extra = options.encrypted ? " /Encrypt 12 0 R" : "";
  const writeRawAttachment = () => {
    if (options.rawAttachment) writeStream(15, "/Type /EmbeddedFile /Subtype /application#2Fpdf", options.rawAttachment.bytes);
  };
  if (options.useObjectStreams) {
    const packed = [...dicts.entries()];
    let header = "";
    let body = "";
    for (const [num, dict] of packed) {
      header += `${num} ${body.length} `;
      body += `${dict}\n`;
    }
    const data = latin1(header + body);
    writeStream(10, `/Type /ObjStm /N ${packed.length} /First ${header.length} /Filter /FlateDecode`, zlibSync(data));
    writeRawAttachment();
    // An xref stream stands in for the trailer (its entries are not needed by a scanning reader).
    writeStream(11, `/Type /XRef /Size 13 /W [1 4 2] /Root 1 0 R${extra} /Filter /FlateDecode`, zlibSync(new Uint8Array(13 * 7)));
    push(latin1(`startxref\n${offset}\n%%EOF\n`));
  } else {
    for (const [num, dict] of dicts) push(latin1(`${num} 0 obj\n${dict}\nendobj\n`));
    writeRawAttachment();
    push(latin1(`xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 13 /Root 1 0 R${extra} >>\nstartxref\n${offset}\n%%EOF\n`));
  }
  const out = new Uint8Array(offset);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
