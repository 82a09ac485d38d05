/**
 * Small readers over fast-xml-parser output (namespace prefixes already removed). A repeated element may
 * come back as an object or an array depending on the file, so every step tolerates both.
 */
import { xmlList, xmlText, type XmlNode } from "../../../xml";

/** The first node at `path` (taking the first item wherever an element repeats), or undefined. */
export function nodeAt(node: unknown, ...path: string[]): unknown {
  let current: unknown = node;
  for (const step of path) {
    if (Array.isArray(current)) current = current[0];
    if (current === null || typeof current !== "object") return undefined;
    current = (current as XmlNode)[step];
  }
  return Array.isArray(current) ? current[0] : current;
}

/** Trimmed text at `path`, null when missing or blank. */
export function textAt(node: unknown, ...path: string[]): string | null {
  const text = xmlText(nodeAt(node, ...path));
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}

/** Every node at the last step of `path` (the steps before it take their first item). */
export function listAt(node: unknown, ...path: string[]): XmlNode[] {
  if (path.length === 0) return xmlList<XmlNode>(node);
  const parent = nodeAt(node, ...path.slice(0, -1));
  if (parent === null || typeof parent !== "object") return [];
  return xmlList<XmlNode>((parent as XmlNode)[path[path.length - 1] as string]);
}

/** Texts of every node at `path`, trimmed, blanks dropped. */
export function textsAt(node: unknown, ...path: string[]): string[] {
  const texts: string[] = [];
  for (const item of listAt(node, ...path)) {
    const text = xmlText(item)?.trim();
    if (text) texts.push(text);
  }
  return texts;
}

/** An attribute of the node at `path` ("Ccy" of <Amt Ccy="EUR">). */
export function attributeAt(node: unknown, name: string, ...path: string[]): string | null {
  const target = nodeAt(node, ...path);
  if (target === null || typeof target !== "object") return null;
  const value = (target as XmlNode)[`@_${name}`];
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

/** Collapses runs of whitespace (CAMT texts wrap lines inside elements). */
export function squash(text: string | null): string | null {
  if (text === null) return null;
  const squashed = text.replace(/\s+/g, " ").trim();
  return squashed ? squashed : null;
}
