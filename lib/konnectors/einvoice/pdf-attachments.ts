/**
 * Finds the e-invoice XML embedded in a PDF/A-3 (Factur-X, ZUGFeRD 1/2, XRechnung). The attachment name varies
 * between standards and versions, so every file specification is collected (EmbeddedFiles name tree with its
 * /Kids, the catalog's and pages' /AF arrays, annotations: any dictionary with /EF) and the XML one is chosen
 * by name, then by declared MIME type, then by content.
 */
import { PdfDocument, latin1String } from "./pdf-document";
import { decodePdfString, isDict, isPdfString, isRef, nameOf, type PdfDict, type PdfValue } from "./pdf-objects";

export interface PdfAttachment {
  name: string;
  relationship: string | null;
  mime: string | null;
  bytes: Uint8Array;
}

/** Names from the standards, most specific first (compared case-insensitively). */
export const KNOWN_XML_NAMES = ["factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml", "order-x.xml"];
const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;
const MAX_TREE_DEPTH = 32;

interface FileSpec {
  name: string;
  dict: PdfDict;
}

export function listAttachments(doc: PdfDocument): PdfAttachment[] {
  const specs = collectFileSpecs(doc);
  const seen = new Set<number>();
  const out: PdfAttachment[] = [];
  for (const spec of specs) {
    const ef = doc.get(spec.dict, "EF");
    if (!isDict(ef)) continue;
    const streamRef = ef.entries.get("UF") ?? ef.entries.get("F");
    if (!isRef(streamRef) || seen.has(streamRef.num)) continue;
    seen.add(streamRef.num);
    const stream = doc.getStream(streamRef);
    if (!stream) continue;
    let bytes: Uint8Array;
    try {
      bytes = doc.decodeStream(stream, MAX_ATTACHMENT_BYTES);
    } catch {
      continue;
    }
    const subtype = nameOf(doc.get(stream.dict, "Subtype"));
    out.push({ name: spec.name, relationship: nameOf(doc.get(spec.dict, "AFRelationship")), mime: subtype ? subtype.replace(/#2F/gi, "/") : null, bytes });
  }
  return out;
}

function collectFileSpecs(doc: PdfDocument): FileSpec[] {
  const specs: FileSpec[] = [];
  const catalog = doc.catalog();
  const names = doc.get(catalog, "Names");
  walkNameTree(doc, doc.get(isDict(names) ? names : null, "EmbeddedFiles"), specs, 0, new Set());
  for (const spec of asArray(doc, doc.get(catalog, "AF"))) addSpec(doc, spec, null, specs);
  // Anything else holding an /EF (page /AF, FileAttachment annotations, a damaged name tree).
  for (const num of doc.objectNumbers()) {
    const value = doc.getObject(num);
    if (isDict(value) && value.entries.has("EF")) addSpec(doc, value, null, specs);
  }
  return specs;
}

function walkNameTree(doc: PdfDocument, node: PdfValue, specs: FileSpec[], depth: number, visited: Set<PdfDict>): void {
  if (!isDict(node) || depth > MAX_TREE_DEPTH || visited.has(node)) return;
  visited.add(node);
  const pairs = asArray(doc, doc.get(node, "Names"));
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const key = pairs[i];
    addSpec(doc, pairs[i + 1] ?? null, isPdfString(key) ? decodePdfString(key) : null, specs);
  }
  for (const kid of asArray(doc, doc.get(node, "Kids"))) walkNameTree(doc, doc.resolve(kid), specs, depth + 1, visited);
}

function addSpec(doc: PdfDocument, value: PdfValue, treeName: string | null, specs: FileSpec[]): void {
  const dict = doc.resolve(value);
  if (!isDict(dict)) return;
  const nameValue = doc.get(dict, "UF") ?? doc.get(dict, "F");
  const name = isPdfString(nameValue) ? decodePdfString(nameValue) : (treeName ?? "");
  specs.push({ name: name.replace(/\0/g, "").trim(), dict });
}

function asArray(doc: PdfDocument, value: PdfValue): PdfValue[] {
  const resolved = doc.resolve(value);
  return Array.isArray(resolved) ? resolved : [];
}

/** The XMP `DocumentFileName` (Factur-X / ZUGFeRD extension schema), when the metadata stream declares one. */
export function xmpDocumentFileName(doc: PdfDocument): string | null {
  const stream = doc.getStream(doc.catalog()?.entries.get("Metadata"));
  if (!stream) return null;
  try {
    const xmp = latin1String(doc.decodeStream(stream, 4 * 1024 * 1024));
    const match = /DocumentFileName(?:>\s*|\s*=\s*["'])([^<"']+)/.exec(xmp);
    return match?.[1]?.trim() ?? null;
  } catch {
    return null;
  }
}

const INVOICE_ROOT = /<(?:[\w.-]+:)?(CrossIndustryInvoice|CrossIndustryDocument|Invoice|CreditNote|SCRDMCCBDACIOMessageStructure)[\s>]/;

/** Chooses the invoice XML: the XMP-declared name, a standard name, any *.xml / text/xml, then content. */
export function pickInvoiceXml(attachments: readonly PdfAttachment[], declaredName: string | null): PdfAttachment | null {
  const lower = (s: string) => s.toLowerCase();
  const byName = (name: string) => attachments.find((a) => lower(a.name) === lower(name) || lower(a.name).endsWith(`/${lower(name)}`));
  const looksLikeInvoice = (a: PdfAttachment) => INVOICE_ROOT.test(latin1String(a.bytes.subarray(0, 16384)));
  if (declaredName) {
    const declared = byName(declaredName);
    if (declared && looksLikeInvoice(declared)) return declared;
  }
  for (const name of KNOWN_XML_NAMES) {
    const found = byName(name);
    if (found) return found;
  }
  return (
    attachments.find((a) => /\.xml$/i.test(a.name) && looksLikeInvoice(a)) ??
    attachments.find((a) => /xml/i.test(a.mime ?? "") && looksLikeInvoice(a)) ??
    attachments.find(looksLikeInvoice) ??
    null
  );
}
