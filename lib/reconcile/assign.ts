/**
 * Global one-to-one assignment of "units" (a bill, or bills sharing one grouped refund) to transactions,
 * maximising the total edge weight, instead of Cozy's first-come greedy (each bill takes its best operation in
 * input order, and a later bill whose best operation is taken gets nothing).
 *
 * The edge graph splits into connected components (union-find); most are one bill and one transaction.
 * - Components with at most HUNGARIAN_MAX_SIDE nodes on each side: exact Kuhn-Munkres (O(n²·m) ≤ 8M steps).
 * - Larger ones (thousands of identical monthly amounts of one vendor, say): greedy by descending weight, each
 *   edge taken when both ends are still free, then one pass of augmenting swaps of length 3 (a free unit takes
 *   a taken transaction whose unit moves to a free one, when that raises the total). Greedy alone is a
 *   1/2-approximation; with EDGE_BASE weights it rarely loses a pair in practice.
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
  for (const edge of ordered) {
    if (unitEdge.has(edge.unit) || txEdge.has(edge.tx)) continue;
    unitEdge.set(edge.unit, edge);
    txEdge.set(edge.tx, edge);
  }
  // Augmenting swaps: free unit u takes tx t from unit w, which moves to a free tx t2.
  const byUnit = new Map<number, Edge[]>();
  for (const edge of ordered) {
    let list = byUnit.get(edge.unit);
    if (!list) byUnit.set(edge.unit, (list = []));
    list.push(edge);
  }
  for (const [unit, options] of byUnit) {
    if (unitEdge.has(unit)) continue;
    for (const edge of options) {
      const holder = txEdge.get(edge.tx);
      if (!holder) {
        unitEdge.set(unit, edge);
        txEdge.set(edge.tx, edge);
        break;
      }
      const move = (byUnit.get(holder.unit) ?? []).find((alt) => !txEdge.has(alt.tx));
      if (move && edge.weight + move.weight > holder.weight) {
        unitEdge.set(holder.unit, move);
        txEdge.set(move.tx, move);
        unitEdge.set(unit, edge);
        txEdge.set(edge.tx, edge);
        break;
      }
    }
  }
  return [...unitEdge.values()];
}
