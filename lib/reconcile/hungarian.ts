/**
 * Maximum-weight bipartite matching on a small dense matrix (Kuhn-Munkres with potentials, O(n²·m)).
 * weights[i][j] > 0 is an allowed pair, 0 means "no edge". Returns, per row, the matched column or -1.
 */
export function maxWeightMatching(weights: readonly (readonly number[])[], columns: number): number[] {
  const rows = weights.length;
  if (rows === 0 || columns === 0) return new Array<number>(rows).fill(-1);
  if (rows > columns) {
    const transposed = Array.from({ length: columns }, (_, j) => weights.map((row) => row[j] ?? 0));
    const byColumn = maxWeightMatching(transposed, rows);
    const result = new Array<number>(rows).fill(-1);
    byColumn.forEach((row, column) => {
      if (row >= 0) result[row] = column;
    });
    return result;
  }
  let top = 0;
  for (const row of weights) for (const w of row) if (w > top) top = w;
  // Minimise top - weight: a missing edge costs `top`, the same as leaving the row unmatched.
  const cost = (i: number, j: number) => top - (weights[i - 1]![j - 1] ?? 0);
  const n = rows;
  const m = columns;
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(Infinity);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0, j) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!]! += delta;
          v[j]! -= delta;
        } else {
          minv[j]! -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const result = new Array<number>(rows).fill(-1);
  for (let j = 1; j <= m; j++) {
    const i = p[j]!;
    if (i > 0 && (weights[i - 1]![j - 1] ?? 0) > 0) result[i - 1] = j - 1;
  }
  return result;
}
