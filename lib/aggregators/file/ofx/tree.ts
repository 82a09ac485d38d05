/**
 * The element tree our tolerant OFX reader builds. A leaf carries its text (possibly ""), an aggregate its
 * children; `line` is where the start tag sits, so warnings and errors can name it.
 */
export interface OfxNode {
  name: string;
  line: number;
  text: string | null;
  children: OfxNode[];
}

/** Shared by every leaf: most nodes are leaves, and one array each is measurable garbage on 100k-line files. */
export const NO_CHILDREN: OfxNode[] = Object.freeze([]) as unknown as OfxNode[];

export function makeNode(name: string, line: number): OfxNode {
  return { name, line, text: null, children: NO_CHILDREN };
}

/** First direct child with this name. */
export function child(node: OfxNode | undefined, name: string): OfxNode | undefined {
  if (!node) return undefined;
  for (const candidate of node.children) if (candidate.name === name) return candidate;
  return undefined;
}

export function childrenNamed(node: OfxNode | undefined, name: string): OfxNode[] {
  return node ? node.children.filter((c) => c.name === name) : [];
}

/** Trimmed text of a direct leaf child; null when absent or empty. */
export function childText(node: OfxNode | undefined, name: string): string | null {
  const text = child(node, name)?.text?.trim();
  return text ? text : null;
}

/** The first direct child of each name, found in one pass: a transaction reads a dozen of its fields. */
export function firstChildren(node: OfxNode): Map<string, OfxNode> {
  const byName = new Map<string, OfxNode>();
  for (const candidate of node.children) if (!byName.has(candidate.name)) byName.set(candidate.name, candidate);
  return byName;
}

/** Trimmed text of a leaf; null when absent or empty. */
export function textOf(node: OfxNode | undefined): string | null {
  const text = node?.text?.trim();
  return text ? text : null;
}

/** Text at a path of direct children (`["LEDGERBAL", "BALAMT"]`). */
export function pathText(node: OfxNode | undefined, path: readonly string[]): string | null {
  let current = node;
  for (const name of path.slice(0, -1)) current = child(current, name);
  const last = path[path.length - 1];
  return last === undefined ? null : childText(current, last);
}

/**
 * Every descendant with one of these names, in document order, without descending into a match.
 * Iterative: a hostile file must not blow the call stack (the reader also caps depth).
 */
export function findAll(root: OfxNode, names: ReadonlySet<string>): OfxNode[] {
  const found: OfxNode[] = [];
  const stack: OfxNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as OfxNode;
    if (names.has(node.name)) {
      found.push(node);
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as OfxNode);
  }
  return found;
}
