/** Label normalization and similarity for duplicate detection. Pure. */

/** "Cb Carrefour 04/01 — Café" → "CB CARREFOUR 04 01 CAFE": case, accents and punctuation never make two labels differ. */
export function normalizeLabel(label: string): string {
  // NFKD is costly and most bank labels are plain ASCII: only decompose when there is something to decompose.
  const ascii = /[\u0080-\uffff]/.test(label) ? label.normalize("NFKD").replace(/[\u0300-\u036f]/g, "") : label;
  return ascii
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, " ")
    .trim();
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const compact = text.replace(/ /g, "");
  for (let i = 0; i < compact.length - 1; i++) {
    const pair = compact.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Sørensen–Dice over character bigrams of the normalized labels: 1 = same text, 0 = nothing in common. */
export function labelSimilarity(a: string, b: string): number {
  const left = normalizeLabel(a);
  const right = normalizeLabel(b);
  if (left === right) return 1;
  if (!left || !right) return 0;
  const leftPairs = bigrams(left);
  const rightPairs = bigrams(right);
  let leftTotal = 0;
  let rightTotal = 0;
  let shared = 0;
  for (const count of rightPairs.values()) rightTotal += count;
  for (const [pair, count] of leftPairs) {
    leftTotal += count;
    shared += Math.min(count, rightPairs.get(pair) ?? 0);
  }
  if (leftTotal + rightTotal === 0) return 0;
  return (2 * shared) / (leftTotal + rightTotal);
}
