/**
 * A linear, non-validating XML reader producing the same shape as lib/xml's parseXml (prefixes removed,
 * attributes under "@_name", "#text" beside attributes, text trimmed, values kept as strings).
 * Why not parseXml: fast-xml-parser measured ~3 MB/s and super-linear here (100,000 entries: 17 s, 1.5 GB RSS);
 * bank statements can be large. Safety is unchanged: lib/xml's assertSafeXml runs first (DTD subsets and ENTITY
 * declarations refused) and only the five predefined entities and numeric references are ever expanded.
 */
import { assertSafeXml, type XmlNode } from "../../../xml";
import { parseError } from "./amounts";

interface Frame {
  rawName: string;
  name: string;
  node: XmlNode | null;
  attributes: XmlNode | null;
  text: string;
}

const MAX_DEPTH = 256;
const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

function isBlank(text: string, from = 0, to = text.length): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13) return false;
  }
  return true;
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon >= 0 ? name.slice(colon + 1) : name;
}

function decodeEntities(raw: string): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,5});/g, (whole, entity: string) => {
    if (entity.startsWith("#x")) return safeCodePoint(Number.parseInt(entity.slice(2), 16), whole);
    if (entity.startsWith("#")) return safeCodePoint(Number.parseInt(entity.slice(1), 10), whole);
    return PREDEFINED[entity] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

function addChild(parent: XmlNode, name: string, value: unknown): void {
  const existing = parent[name];
  if (existing === undefined) parent[name] = value;
  else if (Array.isArray(existing)) existing.push(value);
  else parent[name] = [existing, value];
}

function valueOf(frame: Frame): unknown {
  const text = frame.text.trim();
  if (!frame.node && !frame.attributes) return text;
  const node = frame.node ?? {};
  if (frame.attributes) for (const key in frame.attributes) node[key] = frame.attributes[key];
  if (text) node["#text"] = text;
  return node;
}

/** Where an element name ends in an opening tag (whitespace, "/" or ">"). */
function nameEnd(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 47 || code === 62) break;
    i++;
  }
  return i;
}

/** Letters, "_" and ":" start a name; anything else ("<=", "<1") is not a tag. */
function isNameStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 58 || code > 127;
}

/** Reads `name="value"` pairs of an opening tag body (after the element name). */
function readAttributes(body: string): XmlNode | null {
  let attributes: XmlNode | null = null;
  const pattern = /([^\s=/]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  for (let match = pattern.exec(body); match; match = pattern.exec(body)) {
    const name = match[1] as string;
    if (name === "xmlns" || name.startsWith("xmlns:")) continue;
    attributes ??= {};
    attributes[`@_${localName(name)}`] = decodeEntities(match[3] ?? match[4] ?? "");
  }
  return attributes;
}

/** End of an opening tag: the first ">" outside quotes. */
function tagEnd(text: string, from: number): number {
  let quote = 0;
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (quote) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) quote = code;
    else if (code === 62) return i;
  }
  return -1;
}

export function readXml(text: string): XmlNode {
  assertSafeXml(text);
  const root: XmlNode = {};
  const stack: Frame[] = [];
  const fail = (index: number, message: string) => parseError("Document", `${message} (line ${lineAt(text, index)})`);
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf("<", i);
    const top = stack[stack.length - 1];
    const to = open < 0 ? text.length : open;
    // Whitespace between child elements is layout, not content: skipping it keeps big statements cheap.
    if (to > i && !isBlank(text, i, to)) {
      if (!top) throw fail(i, "text outside the root element");
      top.text += decodeEntities(text.slice(i, to));
    } else if (to > i && top && !top.node) top.text += text.slice(i, to);
    if (open < 0) break;
    const next = text.charCodeAt(open + 1);
    if (next === 63) {
      const end = text.indexOf("?>", open);
      if (end < 0) throw fail(open, "unterminated processing instruction");
      i = end + 2;
    } else if (next === 33) {
      if (text.startsWith("<!--", open)) {
        const end = text.indexOf("-->", open + 4);
        if (end < 0) throw fail(open, "unterminated comment");
        i = end + 3;
      } else if (text.startsWith("<![CDATA[", open)) {
        const end = text.indexOf("]]>", open + 9);
        if (end < 0 || !top) throw fail(open, "misplaced or unterminated CDATA section");
        top.text += text.slice(open + 9, end);
        i = end + 3;
      } else {
        const end = text.indexOf(">", open); // a DOCTYPE without internal subset (assertSafeXml refused the rest)
        if (end < 0) throw fail(open, "unterminated declaration");
        i = end + 1;
      }
    } else if (next === 47) {
      const end = text.indexOf(">", open);
      const nameTo = open + 2 + (top?.rawName.length ?? 0);
      const isMatch = !!top && end >= nameTo && text.startsWith(top.rawName, open + 2) && isBlank(text, nameTo, end);
      if (!isMatch) {
        const rawName = text.slice(open + 2, end < 0 ? Math.min(text.length, open + 80) : end).trim();
        throw fail(open, top ? `</${rawName}> closes <${top.rawName}>` : `unexpected </${rawName}>`);
      }
      stack.pop();
      const parent = stack[stack.length - 1];
      addChild(parent ? (parent.node ??= {}) : root, top.name, valueOf(top));
      i = end + 1;
    } else {
      const end = tagEnd(text, open + 1);
      if (end < 0) throw fail(open, "unterminated tag, the file looks truncated");
      const selfClosing = text.charCodeAt(end - 1) === 47;
      const bodyEnd = selfClosing ? end - 1 : end;
      if (!isNameStart(next)) throw fail(open, "malformed tag");
      const afterName = nameEnd(text, open + 1, bodyEnd);
      const rawName = text.slice(open + 1, afterName);
      const attributes = afterName < bodyEnd && !isBlank(text, afterName, bodyEnd) ? readAttributes(text.slice(afterName, bodyEnd)) : null;
      const frame: Frame = { rawName, name: localName(rawName), node: null, attributes, text: "" };
      if (selfClosing) {
        const parent = stack[stack.length - 1];
        addChild(parent ? (parent.node ??= {}) : root, frame.name, valueOf(frame));
      } else {
        if (stack.length >= MAX_DEPTH) throw fail(open, `elements nested deeper than ${MAX_DEPTH}`);
        if (top) top.node ??= {};
        stack.push(frame);
      }
      i = end + 1;
    }
  }
  if (stack.length) {
    const path = stack.map((frame) => frame.name).join("/");
    throw parseError("Document", `unclosed element ${path} at the end of the file (line ${lineAt(text, text.length)}): the file looks truncated`);
  }
  return root;
}
