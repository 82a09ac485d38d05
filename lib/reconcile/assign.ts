/**
 * Global one-to-one assignment of "units" (a bill, or bills sharing one grouped refund) to transactions,
 * maximising the total edge weight, instead of Cozy's first-come greedy (each bill takes its best operation in
 * input order, and a later bill whose best operation is taken gets nothing).
 *
 * The edge graph splits into connected components (union-find); most are one bill and one transaction.
 * - Components with at most HUNGARIAN_MAX_SIDE nodes on each side: exact Kuhn-Munkres (O(n²·m) ≤ 8M steps).
 * - Larger ones (thousands of identical monthly amounts of one vendor, say): greedy by descending weight, each
 *   edge taken when both ends are still free (conflicts resolved in favour of the heavier edge), then augmenting
 *   paths for the units left free, so no bill loses its transaction for want of a reshuffle (maximum
 *   cardinality, which EDGE_BASE makes the first objective anyway); within that, greedy weights, not optimal ones.
 */
import { maxWeightMatching } from "./hungarian";

export const HUNGARIAN_MAX_SIDE = 200;

export interface Edge {
  unit: number;
  tx: number;
  weight: number;
}

export interface Assignment {
  /** Per edge index chosen. */
  chosen: Edge[];
  components: number;
  hungarianComponents: number;
  greedyComponents: number;
}

export function assignUnits(edges: readonly Edge[]): Assignment {
  // Union-find over integers: units are 0..U-1, transactions U..U+T-1.
  let unitCount = 0;
  let txCount = 0;
  for (const edge of edges) {
    if (edge.unit >= unitCount) unitCount = edge.unit + 1;
    if (edge.tx >= txCount) txCount = edge.tx + 1;
  }
  const parent = new Int32Array(unitCount + txCount).map((_, i) => i);
  const find = (node: number): number => {
    let root = node;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[node] !== root) {
      const next = parent[node]!;
      parent[node] = root;
      node = next;
    }
    return root;
  };
  for (const edge of edges) {
    const a = find(edge.unit);
    const b = find(unitCount + edge.tx);
    if (a !== b) parent[a] = b;
  }
  const groups = new Map<number, Edge[]>();
  for (const edge of edges) {
    const root = find(edge.unit);
    const group = groups.get(root);
    if (group) group.push(edge);
    else groups.set(root, [edge]);
  }
  const result: Assignment = { chosen: [], components: groups.size, hungarianComponents: 0, greedyComponents: 0 };
  for (const group of groups.values()) {
    if (group.length === 1) {
      result.chosen.push(group[0]!);
      continue;
    }
    const units = [...new Set(group.map((e) => e.unit))];
    const txs = [...new Set(group.map((e) => e.tx))];
    if (units.length <= HUNGARIAN_MAX_SIDE && txs.length <= HUNGARIAN_MAX_SIDE) {
      result.hungarianComponents++;
      result.chosen.push(...solveExactly(group, units, txs));
    } else {
      result.greedyComponents++;
      result.chosen.push(...solveGreedily(group));
    }
  }
  return result;
}

function solveExactly(group: readonly Edge[], units: number[], txs: number[]): Edge[] {
  const unitRow = new Map(units.map((u, i) => [u, i]));
  const txColumn = new Map(txs.map((t, j) => [t, j]));
  const weights = units.map(() => new Array<number>(txs.length).fill(0));
  const edgeAt = new Map<string, Edge>();
  for (const edge of group) {
    const i = unitRow.get(edge.unit)!;
    const j = txColumn.get(edge.tx)!;
    if (edge.weight > weights[i]![j]!) {
      weights[i]![j] = edge.weight;
      edgeAt.set(`${i}:${j}`, edge);
    }
  }
  const match = maxWeightMatching(weights, txs.length);
  const chosen: Edge[] = [];
  match.forEach((j, i) => {
    if (j >= 0) chosen.push(edgeAt.get(`${i}:${j}`)!);
  });
  return chosen;
}

export function solveGreedily(group: readonly Edge[]): Edge[] {
  const ordered = [...group].sort((a, b) => b.weight - a.weight || a.unit - b.unit || a.tx - b.tx);
  const unitEdge = new Map<number, Edge>();
  const txEdge = new Map<number, Edge>();
  const byUnit = new Map<number, Edge[]>();
  for (const edge of ordered) {
    const list = byUnit.get(edge.unit);
    if (list) list.push(edge);
    else byUnit.set(edge.unit, [edge]);
    if (unitEdge.has(edge.unit) || txEdge.has(edge.tx)) continue;
    unitEdge.set(edge.unit, edge);
    txEdge.set(edge.tx, edge);
  }
  // Augmenting paths (Kuhn, iterative): a unit greedy left free takes a transaction whose holder moves on, and
  // so on down the chain, so the result has maximum cardinality; weights decide everything else.
  for (const unit of byUnit.keys()) {
    if (!unitEdge.has(unit)) augment(unit, byUnit, unitEdge, txEdge);
  }
  return [...unitEdge.values()];
}

function augment(start: number, byUnit: Map<number, Edge[]>, unitEdge: Map<number, Edge>, txEdge: Map<number, Edge>): void {
  const reachedBy = new Map<number, Edge>();
  const stack: { unit: number; next: number }[] = [{ unit: start, next: 0 }];
  let freeTx: number | null = null;
  while (stack.length && freeTx === null) {
    const frame = stack[stack.length - 1]!;
    const options = byUnit.get(frame.unit)!;
    if (frame.next >= options.length) {
      stack.pop();
      continue;
    }
    const edge = options[frame.next++]!;
    if (reachedBy.has(edge.tx)) continue;
    reachedBy.set(edge.tx, edge);
    const holder = txEdge.get(edge.tx);
    if (!holder) freeTx = edge.tx;
    else stack.push({ unit: holder.unit, next: 0 });
  }
  // Flip the path back to the start: each unit on it takes the transaction it reached.
  for (let tx = freeTx; tx !== null; ) {
    const edge = reachedBy.get(tx)!;
    const previous = unitEdge.get(edge.unit);
    unitEdge.set(edge.unit, edge);
    txEdge.set(tx, edge);
    tx = edge.unit === start || !previous ? null : previous.tx;
  }
}
