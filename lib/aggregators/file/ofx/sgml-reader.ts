/**
 * A tolerant, linear-time reader for OFX bodies: SGML v1 (leaf end tags omitted), XML v2, and the tag soup
 * real banks emit in between (misnested or stray end tags, raw `&`, empty leaves, CDATA, several aggregates
 * packed on one line). Why our own and not ofx-js's parser: ofx-js 1.1.1 mangles SGML with a regex that is
 * exponential in the tag-name length (a 26-letter tag name takes 2 s, 30 letters half a minute), rejects
 * CDATA and empty leaves that 3 of our fixtures use, and reports no line numbers.
 *
 * Rules: a start tag followed by text is a leaf (its end tag optional); one followed by another tag is an
 * aggregate when its name is an OFX aggregate (aggregates.ts), else an empty leaf. An end tag closes the
 * nearest open element of that name (implicitly closing what was left open inside it) and is ignored when
 * nothing of that name is open. Every scan moves forward: no backtracking regex, no quadratic rescans.
 */
import { AppError } from "../../../errors";
import type { ParseWarning } from "../../types";
import { isAggregateName } from "./aggregates";
import { decodeEntities, LineCounter } from "./sgml-chars";
import { makeNode, NO_CHILDREN, type OfxNode } from "./tree";

export { decodeEntities };

const MAX_DEPTH = 64;
const MAX_NAME_LENGTH = 64;

export interface OfxTree {
  root: OfxNode;
  warnings: ParseWarning[];
}

// Character tests stay in this module: they run once per character, and a cross-module call costs more.
function isNameStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 48 && code <= 57) || code === 46 || code === 45 || code === 58;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** True when text[start, end) is only blanks: checked in place, without slicing the indentation of every line. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

function hasLowerCase(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code >= 97 && code <= 122) return true;
  }
  return false;
}

function truncated(what: string, line: number): AppError {
  return new AppError("PARSE_ERROR", `OFX: ${what} at line ${line}: the file looks truncated.`, { details: { line } });
}

/** Reads the body starting at `start` (the `<OFX` tag). Throws AppError("PARSE_ERROR") naming the line. */
export function readOfxTree(text: string, start: number): OfxTree {
  const lines = new LineCounter(text);
  const document = makeNode("#document", 1);
  const stack: OfxNode[] = [document];
  let open: OfxNode | null = null;
  let buffer = "";
  let hasCdata = false;
  let lastLeaf: string | null = null;
  let ofxClosed = false;
  const stray = { count: 0, first: "", line: 0 };
  const misnested = { count: 0, first: "", line: 0 };
  const loose = { count: 0, line: 0 };
  const unclosedSame = { count: 0, line: 0 };

  const pop = (node: OfxNode) => {
    if (stack[stack.length - 1] === node) stack.pop();
  };

  /** Decides what the pending start tag was, now that the next tag is reached. Returns true when `endName` closed it. */
  const settle = (endName?: string): boolean => {
    const node = open;
    if (!node) return false;
    open = null;
    const content = buffer.trim();
    const isText = content !== "" || hasCdata;
    buffer = "";
    hasCdata = false;
    if (isText || endName === node.name || !isAggregateName(node.name)) {
      node.text = content;
      pop(node);
      lastLeaf = endName === node.name ? null : node.name;
      return endName === node.name;
    }
    return false;
  };

  const addText = (segment: string, position: number, isCdata = false) => {
    if (open) {
      const piece = isCdata ? segment : decodeEntities(segment);
      buffer = buffer === "" ? piece : buffer + piece;
      hasCdata ||= isCdata;
    } else if (segment.trim() !== "" && loose.count++ === 0) {
      loose.line = lines.at(position);
    }
  };

  const startTag = (name: string, position: number, isSelfClosing: boolean) => {
    settle();
    lastLeaf = null;
    const line = lines.at(position);
    // No OFX aggregate contains itself: a second <STMTTRN> while one is open means the first was never closed
    // (exporters that drop aggregate end tags). Close it instead of nesting transactions 1,000 deep.
    for (let i = stack.length - 1; i > 0; i--) {
      if ((stack[i] as OfxNode).name !== name) continue;
      if (unclosedSame.count++ === 0) unclosedSame.line = line;
      stack.length = i;
      break;
    }
    if (stack.length > MAX_DEPTH) {
      throw new AppError("PARSE_ERROR", `OFX: elements nested more than ${MAX_DEPTH} deep at <${name}> line ${line}.`, { details: { line, element: name } });
    }
    const node = makeNode(name, line);
    const parent = stack[stack.length - 1] as OfxNode;
    if (parent.children === NO_CHILDREN) parent.children = [];
    parent.children.push(node);
    if (isSelfClosing) {
      node.text = "";
      return;
    }
    stack.push(node);
    open = node;
  };

  const endTag = (name: string, position: number) => {
    if (settle(name)) return;
    if (lastLeaf === name) {
      lastLeaf = null;
      return;
    }
    lastLeaf = null;
    for (let i = stack.length - 1; i > 0; i--) {
      if ((stack[i] as OfxNode).name !== name) continue;
      if (i < stack.length - 1 && misnested.count++ === 0) {
        misnested.first = (stack[stack.length - 1] as OfxNode).name;
        misnested.line = lines.at(position);
      }
      stack.length = i;
      if (name === "OFX" && i === 1) ofxClosed = true;
      return;
    }
    if (stray.count++ === 0) {
      stray.first = name;
      stray.line = lines.at(position);
    }
  };

  let nextGt = -1;
  const findGt = (from: number): number => {
    // Cached so that a run of "<!<!<!…" without ">" stays linear: the first ">" after `from` cannot move back.
    if (nextGt !== -1 && nextGt >= from) return nextGt;
    nextGt = text.indexOf(">", from);
    return nextGt;
  };

  let pos = start;
  const length = text.length;
  while (pos < length) {
    const lt = text.indexOf("<", pos);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > pos) {
      if (open) addText(text.slice(pos, textEnd), pos);
      else if (!isBlank(text, pos, textEnd)) addText(text.slice(pos, textEnd), pos);
    }
    if (lt < 0) break;
    const next = text.charCodeAt(lt + 1);

    if (next === 33 /* ! */) {
      if (text.startsWith("<!--", lt)) {
        const end = text.indexOf("-->", lt + 4);
        if (end < 0) throw truncated("unterminated comment", lines.at(lt));
        pos = end + 3;
      } else if (text.startsWith("<![CDATA[", lt)) {
        const end = text.indexOf("]]>", lt + 9);
        if (end < 0) throw truncated("unterminated CDATA section", lines.at(lt));
        addText(text.slice(lt + 9, end), lt, true);
        pos = end + 3;
      } else {
        const end = findGt(lt);
        if (end < 0) throw truncated("unterminated declaration", lines.at(lt));
        pos = end + 1;
      }
      continue;
    }
    if (next === 63 /* ? */) {
      const end = findGt(lt);
      if (end < 0) throw truncated("unterminated processing instruction", lines.at(lt));
      pos = end + 1;
      continue;
    }
    const isEnd = next === 47; /* / */
    const nameStart = lt + (isEnd ? 2 : 1);
    let nameEnd = nameStart;
    if (isNameStart(text.charCodeAt(nameStart))) {
      while (nameEnd < length && nameEnd - nameStart <= MAX_NAME_LENGTH && isNameChar(text.charCodeAt(nameEnd))) nameEnd++;
    }
    // OFX tags carry no attributes: a name, optional blanks, then ">" or "/>". Anything else is text.
    let close = nameEnd;
    while (close < length && close - nameEnd < 16 && isSpace(text.charCodeAt(close))) close++;
    const after = text.charCodeAt(close);
    const isNamed = nameEnd > nameStart && nameEnd - nameStart <= MAX_NAME_LENGTH;
    if (isNamed && close >= length) throw truncated(`unterminated tag <${isEnd ? "/" : ""}${text.slice(nameStart, nameEnd)}`, lines.at(lt));
    const isTag = isNamed && (after === 62 || (after === 47 && text.charCodeAt(close + 1) === 62));
    if (!isTag) {
      addText("<", lt); // a "<" that starts no tag ("A<B" in a memo) is text
      pos = lt + 1;
      continue;
    }
    const gt = after === 62 ? close : close + 1;
    const rawName = text.slice(nameStart, nameEnd);
    const name = hasLowerCase(rawName) ? rawName.toUpperCase() : rawName;
    if (isEnd) endTag(name, lt);
    else startTag(name, lt, text.charCodeAt(gt - 1) === 47);
    pos = gt + 1;
  }
  settle();

  const warnings: ParseWarning[] = [];
  const unclosed = stack.slice(1);
  if (!ofxClosed && unclosed.length > 1) {
    const innermost = unclosed[unclosed.length - 1] as OfxNode;
    throw truncated(`the file ends inside <${innermost.name}> opened`, innermost.line);
  }
  if (!ofxClosed && unclosed.length === 1) warnings.push({ element: "OFX", message: "No </OFX> end tag: read to the end of the file." });
  if (misnested.count > 0) {
    warnings.push({ line: misnested.line, element: misnested.first, message: `${misnested.count} element(s) left open inside another were closed implicitly (first: <${misnested.first}>).` });
  }
  if (stray.count > 0) {
    warnings.push({ line: stray.line, element: stray.first, message: `${stray.count} end tag(s) with no matching open element were ignored (first: </${stray.first}>).` });
  }
  if (unclosedSame.count > 0) {
    warnings.push({ line: unclosedSame.line, message: `${unclosedSame.count} element(s) reopened before their end tag were closed first (missing end tags).` });
  }
  if (loose.count > 0) warnings.push({ line: loose.line, message: `${loose.count} piece(s) of text outside any element were ignored.` });
  return { root: document, warnings };
}
