/**
 * Naive Bayes multiplies evidence as if features were independent, so its posteriors are near 0 or 1.
 * Dividing the log-scores by a temperature that grows with the amount of evidence (features overlap: a word,
 * its bigram and its character n-grams say the same thing) brings confidence close to the observed accuracy
 * (measured by the categorize benchmark's calibration figure).
 */
export const TEMPERATURE_PER_WEIGHT = 0.35;

export function temperedSoftmax(scores: Float64Array, evidenceWeight: number): { best: number; probability: number } {
  const temperature = Math.max(1, evidenceWeight * TEMPERATURE_PER_WEIGHT);
  let best = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[best]!) best = i;
  let sum = 0;
  for (let i = 0; i < scores.length; i++) sum += Math.exp((scores[i]! - scores[best]!) / temperature);
  // One known class only: no contrast, so the confidence rests on the evidence alone.
  const probability = scores.length === 1 ? 1 - 1 / (2 + evidenceWeight) : 1 / sum;
  return { best, probability };
}
