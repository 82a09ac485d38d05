/**
 * Safe XML reading for bank statements and e-invoices. Hostile XML (entity expansion "billion laughs",
 * external entities) is refused before parsing: any DOCTYPE with an internal subset or an ENTITY declaration
 * is an error, and entities other than the five predefined ones are never expanded.
 */
import { XMLParser } from "fast-xml-parser";
import { AppError } from "./errors";

export const MAX_XML_BYTES = 50 * 1024 * 1024;

export type XmlNode = Record<string, unknown>;

export interface ParseXmlOptions {
  /** Element names (local, without prefix) that must always be arrays, e.g. ["Ntry", "Stmt"]. */
  arrays?: readonly string[];
}

/** Refuses DTDs that declare entities or an internal subset; returns the text unchanged otherwise. */
export function assertSafeXml(text: string): void {
  if (text.length > MAX_XML_BYTES) throw new AppError("TOO_LARGE", `XML document larger than ${MAX_XML_BYTES} bytes`);
  const doctype = /<!DOCTYPE[^>[]*(\[|>)/i.exec(text);
  if (doctype) {
    if (doctype[1] === "[" || /<!ENTITY/i.test(text)) {
      throw new AppError("PARSE_ERROR", "XML with a DTD internal subset or ENTITY declarations is refused (possible entity-expansion attack)", {
        userMessage: "This XML file declares entities, which Tirelire refuses for safety. Export it again from your bank or vendor.",
      });
    }
  }
  if (/<!ENTITY/i.test(text)) throw new AppError("PARSE_ERROR", "XML ENTITY declarations are refused");
}

/**
 * Parses XML into plain objects with namespace prefixes removed, attributes under "@_name", text under "#text"
 * when an element also has attributes. Values stay strings (amounts must never become floats).
 */
export function parseXml(text: string, options: ParseXmlOptions = {}): XmlNode {
  assertSafeXml(text);
  const arrays = new Set(options.arrays ?? []);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true, // only the predefined five: DOCTYPE entities were refused above
    htmlEntities: false,
    isArray: (name) => arrays.has(name),
  });
  try {
    return parser.parse(text, true) as XmlNode;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const err = (error as { err?: { msg?: string; line?: number } }).err;
    const detail = err?.msg ? `${err.msg}${err.line ? ` (line ${err.line})` : ""}` : message;
    throw new AppError("PARSE_ERROR", `Malformed XML: ${detail}`, { userMessage: `This XML file is malformed: ${detail}` });
  }
}

/** Text content of a parsed node ("#text" when attributes are present). */
export function xmlText(node: unknown): string | null {
  if (node === undefined || node === null) return null;
  if (typeof node === "string") return node;
  if (typeof node === "number" || typeof node === "boolean") return String(node);
  if (typeof node === "object" && "#text" in (node as XmlNode)) return xmlText((node as XmlNode)["#text"]);
  return null;
}

/** Always an array (fast-xml-parser gives a single child as an object). */
export function xmlList<T = XmlNode>(node: unknown): T[] {
  if (node === undefined || node === null || node === "") return [];
  return (Array.isArray(node) ? node : [node]) as T[];
}
