/**
 * Best-effort text of a PDF's pages, for bills without embedded XML: walks the page tree, decodes content
 * streams (and form XObjects they draw), and turns Tj/TJ/'/" operands into text with each font's ToUnicode
 * CMap, or windows-1252 for simple fonts. Line breaks come from text-positioning operators. Good enough to
 * find amounts and dates; not a layout engine.
 */
import { latin1String, type PdfDocument } from "./pdf-document";
import { decodeWithCMap, parseToUnicode, type ToUnicode } from "./pdf-cmap";
import { PdfLexer, isDict, isPdfString, nameOf, type PdfDict, type PdfValue } from "./pdf-objects";

const MAX_PAGES = 200;
const MAX_TEXT_CHARS = 2_000_000;
const MAX_FORM_DEPTH = 4;

interface Font {
  cmap: ToUnicode | null;
  isIdentity: boolean;
}

export function extractPdfText(doc: PdfDocument): string {
  const pages = collectPages(doc);
  const out: string[] = [];
  let size = 0;
  for (const page of pages) {
    const contents = doc.resolve(page.dict.entries.get("Contents"));
    const parts = (Array.isArray(contents) ? contents : [page.dict.entries.get("Contents") ?? null]).map((c) => streamText(doc, c));
    const text = showText(doc, parts.join("\n"), page.resources, 0);
    out.push(text);
    size += text.length;
    if (size > MAX_TEXT_CHARS) break;
  }
  return out.join("\n\f\n");
}

interface Page {
  dict: PdfDict;
  resources: PdfDict | null;
}

function collectPages(doc: PdfDocument): Page[] {
  const pages: Page[] = [];
  const visited = new Set<PdfDict>();
  const walk = (node: PdfValue, inherited: PdfDict | null, depth: number) => {
    const dict = doc.resolve(node);
    if (!isDict(dict) || visited.has(dict) || depth > 64 || pages.length >= MAX_PAGES) return;
    visited.add(dict);
    const own = doc.get(dict, "Resources");
    const resources = isDict(own) ? own : inherited;
    const kids = doc.get(dict, "Kids");
    if (Array.isArray(kids)) for (const kid of kids) walk(kid, resources, depth + 1);
    else if (dict.entries.has("Contents")) pages.push({ dict, resources });
  };
  walk(doc.catalog()?.entries.get("Pages") ?? null, null, 0);
  return pages;
}

function streamText(doc: PdfDocument, ref: PdfValue): string {
  const stream = doc.getStream(ref);
  if (!stream) return "";
  try {
    return latin1String(doc.decodeStream(stream, 16 * 1024 * 1024));
  } catch {
    return "";
  }
}

// Pages share fonts: parse each font's CMap once per document.
const fontCache = new WeakMap<PdfDict, Font>();

function loadFonts(doc: PdfDocument, resources: PdfDict | null): Map<string, Font> {
  const fonts = new Map<string, Font>();
  const fontDict = doc.get(resources, "Font");
  if (!isDict(fontDict)) return fonts;
  for (const [name, ref] of fontDict.entries) {
    const font = doc.resolve(ref);
    if (!isDict(font)) continue;
    const cached = fontCache.get(font);
    if (cached) {
      fonts.set(name, cached);
      continue;
    }
    const toUnicode = doc.getStream(font.entries.get("ToUnicode"));
    let cmap: ToUnicode | null = null;
    if (toUnicode) {
      try {
        cmap = parseToUnicode(latin1String(doc.decodeStream(toUnicode, 4 * 1024 * 1024)));
      } catch {
        cmap = null;
      }
    }
    const loaded: Font = { cmap, isIdentity: /Identity/.test(nameOf(doc.get(font, "Encoding")) ?? "") };
    fontCache.set(font, loaded);
    fonts.set(name, loaded);
  }
  return fonts;
}

// WinAnsiEncoding's 0x80–0x9F block (Node's TextDecoder("windows-1252") returns C1 controls there).
const WIN_ANSI_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeOperand(bytes: string, font: Font | undefined): string {
  if (font?.cmap) return decodeWithCMap(bytes, font.cmap);
  if (font?.isIdentity) return ""; // glyph ids without a CMap: unreadable
  let out = "";
  for (let i = 0; i < bytes.length; i++) {
    const code = bytes.charCodeAt(i) & 0xff;
    out += code >= 0x80 && code <= 0x9f ? (WIN_ANSI_HIGH[code - 0x80] ?? "") : String.fromCharCode(code);
  }
  return out;
}

/** Interprets the text operators of one content stream. */
function showText(doc: PdfDocument, content: string, resources: PdfDict | null, depth: number): string {
  const fonts = loadFonts(doc, resources);
  const lexer = new PdfLexer(content);
  const operands: PdfValue[] = [];
  let font: Font | undefined;
  // Pieces plus the last character written: inspecting a growing string (endsWith, /\s$/) flattens V8's rope
  // each time, which made long pages quadratic.
  const parts: string[] = [];
  let last = "";
  let size = 0;
  const write = (text: string) => {
    if (!text || size > MAX_TEXT_CHARS) return;
    size += text.length;
    parts.push(text);
    last = text.charAt(text.length - 1);
  };
  const newline = () => {
    if (last && last !== "\n") write("\n");
  };
  while (lexer.pos < content.length) {
    lexer.skipSpace();
    if (lexer.pos >= content.length) break;
    const ch = content[lexer.pos] ?? "";
    try {
      if ("/([<+-.0123456789".includes(ch)) {
        operands.push(lexer.readValue());
        continue;
      }
      if (ch === "]" || ch === ">" || ch === ")" || ch === "{" || ch === "}") {
        lexer.pos++;
        continue;
      }
      const op = lexer.readToken();
      switch (op) {
        case "Tf":
          font = fonts.get(nameOf(operands[0]) ?? "");
          break;
        case "Tj":
        case "'":
        case '"': {
          if (op !== "Tj") newline();
          const text = operands[operands.length - 1];
          if (isPdfString(text)) write(decodeOperand(text.bytes, font));
          break;
        }
        case "TJ": {
          const items = operands[0];
          if (Array.isArray(items)) {
            for (const item of items) {
              if (isPdfString(item)) write(decodeOperand(item.bytes, font));
              else if (typeof item === "number" && item < -200 && last !== " ") write(" ");
            }
          }
          break;
        }
        case "Td":
        case "TD": {
          const dy = operands[1];
          if (typeof dy === "number" && dy !== 0) newline();
          else if (last && !/\s/.test(last)) write(" ");
          break;
        }
        case "T*":
        case "Tm":
        case "ET":
          newline();
          break;
        case "BI":
          skipInlineImage(lexer, content);
          break;
        case "Do":
          write(formText(doc, nameOf(operands[0]), resources, depth));
          break;
      }
      operands.length = 0;
    } catch {
      // Skip one unreadable token: content streams in the wild are sloppy.
      lexer.pos++;
      operands.length = 0;
    }
  }
  return parts.join("");
}

function formText(doc: PdfDocument, name: string | null, resources: PdfDict | null, depth: number): string {
  if (!name || depth >= MAX_FORM_DEPTH) return "";
  const xobjects = doc.get(resources, "XObject");
  const ref = isDict(xobjects) ? xobjects.entries.get(name) : undefined;
  const stream = doc.getStream(ref);
  if (!stream || nameOf(doc.get(stream.dict, "Subtype")) !== "Form") return "";
  const own = doc.get(stream.dict, "Resources");
  return `\n${showText(doc, streamText(doc, ref ?? null), isDict(own) ? own : resources, depth + 1)}\n`;
}

/** Inline image data is binary: jump from "ID" to the "EI" that ends it. */
function skipInlineImage(lexer: PdfLexer, content: string): void {
  const id = content.indexOf("ID", lexer.pos);
  if (id < 0) {
    lexer.pos = content.length;
    return;
  }
  const end = /\sEI(?=[\s]|$)/g;
  end.lastIndex = id + 3;
  const match = end.exec(content);
  lexer.pos = match ? match.index + match[0].length : content.length;
}
