/**
 * The global prior: a naive Bayes model trained, once and lazily, on the dictionary's own names (each name a
 * document of its category). It answers where no name matched exactly, from shared words and character
 * 4-grams: "CARREF EXPRESS" leans to supermarkets, "PIZZ NAPOLI" to restaurants. Low confidence by design;
 * the precedence only uses it above PRIOR_THRESHOLD.
 */
import { NaiveBayes } from "../model/naiveBayes";
import { addTextFeatures, type Features } from "../model/features";
import { dictionaryEntries } from "./index";

export const PRIOR_THRESHOLD = 0.5;
/** The prior guesses from fragments: its confidence is discounted against exact dictionary matches. */
const PRIOR_DISCOUNT = 0.8;

let prior: NaiveBayes | null = null;

function trainPrior(): NaiveBayes {
  const model = new NaiveBayes(0.1);
  for (const entry of dictionaryEntries()) {
    // Signed names ("+salaire", "-loyer") depend on the amount's sign, which the prior does not see.
    if (entry.isGeneric || entry.sign) continue;
    model.learn(addTextFeatures({ keys: [], weights: [] }, entry.tokens), entry.categoryId);
  }
  return model;
}

export function predictPrior(tokens: readonly string[]): { categoryId: string; confidence: number } | null {
  if (!tokens.length) return null;
  prior ??= trainPrior();
  const features: Features = addTextFeatures({ keys: [], weights: [] }, tokens);
  const prediction = prior.predict(features, false);
  if (!prediction || prediction.confidence < PRIOR_THRESHOLD) return null;
  return { categoryId: prediction.categoryId, confidence: Math.round(prediction.confidence * PRIOR_DISCOUNT * 1000) / 1000 };
}
