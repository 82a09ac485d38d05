/**
 * Naive Bayes multiplies evidence as if features were independent, so its posteriors are near 0 or 1.
 * Dividing the log-scores by a temperature that grows with the amount of evidence (features overlap: a word,
 * its bigram and its character n-grams say the same thing) brings confidence close to the observed accuracy
 * (measured by the categorize benchmark's calibration figure).
 */
export const TEMPERATURE_PER_WEIGHT = 0.25;

/** scores[0..count) (-Infinity = not a candidate); liveCount = number of finite scores. */
export function temperedSoftmax(scores: Float64Array, count: number, liveCount: number, evidenceWeight: number): { best: number; probability: number } {
  const temperature = Math.max(1, evidenceWeight * TEMPERATURE_PER_WEIGHT);
  let best = 0;
  for (let i = 1; i < count; i++) if (scores[i]! > scores[best]!) best = i;
  // One known class only: no contrast, so the confidence rests on the evidence alone.
  if (liveCount <= 1) return { best, probability: 1 - 1 / (2 + evidenceWeight) };
  const top = scores[best]!;
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const gap = scores[i]! - top;
    // exp(-30) is below what a probability rounded to 3 decimals can show.
    if (gap > -30 * temperature) sum += Math.exp(gap / temperature);
  }
  return { best, probability: 1 / sum };
}
