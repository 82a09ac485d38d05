/**
 * A minimal PDF 1.4 writer: one A4 page of text lines in Helvetica (WinAnsi, so French accents and € print),
 * with a correct cross-reference table, so viewers and our own PDF reader open it. Enough for the demo's
 * invoices; nothing here compresses, embeds fonts or draws images. Pure.
 */

export interface PdfText {
  x: number;
  /** From the bottom of the page, in points (A4 is 595 × 842). */
  y: number;
  size: number;
  text: string;
  isBold?: boolean;
}

export interface PdfLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** WinAnsi code points that differ from Latin-1 (the ones invoices use). */
const WIN_ANSI: Record<string, number> = { "€": 0x80, "’": 0x92, "–": 0x96, "—": 0x97, "œ": 0x9c, "Œ": 0x8c };

function encodeText(text: string): string {
  let out = "";
  for (const char of text) {
    const code = WIN_ANSI[char] ?? char.charCodeAt(0);
    const byte = code < 256 ? code : 0x3f; // "?" for anything WinAnsi cannot show
    const c = String.fromCharCode(byte);
    out += c === "(" || c === ")" || c === "\\" ? `\\${c}` : c;
  }
  return out;
}

function contentStream(texts: readonly PdfText[], lines: readonly PdfLine[]): string {
  const parts: string[] = [];
  for (const l of lines) parts.push(`${l.x1} ${l.y1} m ${l.x2} ${l.y2} l S`);
  for (const t of texts) parts.push(`BT /${t.isBold ? "F2" : "F1"} ${t.size} Tf ${t.x} ${t.y} Td (${encodeText(t.text)}) Tj ET`);
  return parts.join("\n");
}

/** Latin-1 string → bytes (every char here is < 256 by construction). */
function bytesOf(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}

export function writePdf(page: { texts: readonly PdfText[]; lines?: readonly PdfLine[]; title?: string }): Uint8Array {
  const stream = contentStream(page.texts, page.lines ?? []);
  const font = (base: string) => `<< /Type /Font /Subtype /Type1 /BaseFont /${base} /Encoding /WinAnsiEncoding >>`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
    font("Helvetica"),
    font("Helvetica-Bold"),
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    `<< /Title (${encodeText(page.title ?? "Invoice")}) /Producer (Tirelire demo) >>`,
  ];
  // A binary comment line after the header tells transfer tools the file is binary (PDF spec 7.5.2).
  let out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return bytesOf(out);
}
