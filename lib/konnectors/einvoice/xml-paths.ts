/** Tiny path helpers over fast-xml-parser output (namespace prefixes already removed by lib/xml.ts). */
import { xmlList, xmlText, type XmlNode } from "../../xml";

/** The first child named `name` (repeated elements come back as arrays). */
export function child(node: unknown, name: string): unknown {
  if (node === null || typeof node !== "object" || Array.isArray(node)) return undefined;
  const value = (node as XmlNode)[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Follows a path of element names, taking the first match at each step. */
export function at(node: unknown, ...names: string[]): unknown {
  let current = node;
  for (const name of names) current = child(current, name);
  return current;
}

/** Every node at the end of a path, fanning out over repeated elements at each step. */
export function all(node: unknown, ...names: string[]): unknown[] {
  let current: unknown[] = [node];
  for (const name of names) {
    current = current.flatMap((n) => (n !== null && typeof n === "object" && !Array.isArray(n) ? xmlList((n as XmlNode)[name]) : []));
  }
  return current;
}

/** Text with surrounding space trimmed and inner line breaks/tabs collapsed to one space. */
export function cleanText(value: string | null): string | null {
  if (value === null) return null;
  const cleaned = value.replace(/[\s\u00a0]+/g, " ").trim();
  return cleaned || null;
}

export function textAt(node: unknown, ...names: string[]): string | null {
  return cleanText(xmlText(at(node, ...names)));
}

/** First non-empty text among alternative paths (CII vs ZUGFeRD 1.0 names, UBL variants). */
export function firstText(node: unknown, paths: readonly (readonly string[])[]): string | null {
  for (const path of paths) {
    const value = textAt(node, ...path);
    if (value) return value;
  }
  return null;
}

export function attribute(node: unknown, name: string): string | null {
  if (node === null || typeof node !== "object" || Array.isArray(node)) return null;
  const value = (node as XmlNode)[`@_${name}`];
  return typeof value === "string" ? value.trim() : null;
}

/** The first node that has the currency given (amounts may be repeated per currency, e.g. TaxTotalAmount). */
export function amountNode(nodes: readonly unknown[], currency: string | null): unknown {
  if (nodes.length <= 1 || !currency) return nodes[0];
  return nodes.find((n) => attribute(n, "currencyID") === currency) ?? nodes.find((n) => !attribute(n, "currencyID")) ?? nodes[0];
}
