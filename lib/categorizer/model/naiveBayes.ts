/**
 * A multinomial naive Bayes classifier over weighted sparse features, learnable one example at a time.
 *
 * Why naive Bayes (over a perceptron or logistic regression): a household corrects a few dozen transactions,
 * and NB learns from one example at once, exactly (an update is a few map increments, < 0.1 ms), can also
 * forget an example (a correction of a correction), needs no learning rate or epochs, and serializes to
 * plain counts. Its raw posteriors are over-confident, so confidence is tempered (see calibrate.ts) and a
 * prediction is only offered when the label shares at least one word with what the household taught.
 */
import { isWordFeature, type Features } from "./features";
import { temperedSoftmax } from "./calibrate";

export interface NaiveBayesState {
  version: 1;
  alpha: number;
  /** classId → [documents, total feature weight] */
  classes: Record<string, [number, number]>;
  /** feature → classId → weight */
  features: Record<string, Record<string, number>>;
}

export interface Prediction {
  categoryId: string;
  confidence: number;
  /** Share of the label's word features the model has seen (0..1). */
  coverage: number;
}

export class NaiveBayes {
  private readonly classes = new Map<string, { docs: number; total: number }>();
  private readonly features = new Map<string, Map<string, number>>();
  private documents = 0;

  constructor(private readonly alpha = 0.05) {}

  get exampleCount(): number {
    return this.documents;
  }

  /** Adds (weight 1) or removes (weight -1) one labelled example. */
  learn(features: Features, classId: string, weight: 1 | -1 = 1): void {
    const cls = this.classes.get(classId) ?? { docs: 0, total: 0 };
    if (weight < 0 && cls.docs <= 0) return;
    cls.docs += weight;
    this.documents += weight;
    for (const [key, value] of features) {
      let perClass = this.features.get(key);
      if (!perClass) this.features.set(key, (perClass = new Map()));
      const next = (perClass.get(classId) ?? 0) + weight * value;
      if (next > 1e-9) perClass.set(classId, next);
      else perClass.delete(classId);
      if (perClass.size === 0) this.features.delete(key);
      cls.total = Math.max(0, cls.total + weight * value);
    }
    if (cls.docs > 0) this.classes.set(classId, cls);
    else this.classes.delete(classId);
  }

  predict(features: Features): Prediction | null {
    if (this.classes.size === 0) return null;
    const vocabulary = this.features.size;
    const classIds = [...this.classes.keys()];
    const scores = new Float64Array(classIds.length);
    const index = new Map<string, number>();
    let knownWeight = 0;
    let wordCount = 0;
    let knownWords = 0;
    for (const [key, value] of features) {
      const isWord = isWordFeature(key);
      if (isWord) wordCount++;
      const perClass = this.features.get(key);
      if (!perClass) continue;
      if (isWord) knownWords++;
      knownWeight += value;
      for (const [classId, count] of perClass) {
        let i = index.get(classId);
        if (i === undefined) index.set(classId, (i = classIds.indexOf(classId)));
        scores[i]! += value * Math.log1p(count / this.alpha);
      }
    }
    if (knownWords === 0) return null;
    classIds.forEach((classId, i) => {
      const cls = this.classes.get(classId)!;
      // Uniform prior (Cozy's local model uses fitPrior=false): frequent categories must not swallow rare ones.
      scores[i]! += knownWeight * Math.log(this.alpha / (cls.total + this.alpha * vocabulary));
    });
    const { best, probability } = temperedSoftmax(scores, knownWeight);
    return { categoryId: classIds[best]!, confidence: probability, coverage: wordCount ? knownWords / wordCount : 0 };
  }

  toJSON(): NaiveBayesState {
    const classes: NaiveBayesState["classes"] = {};
    for (const [id, cls] of this.classes) classes[id] = [cls.docs, cls.total];
    const features: NaiveBayesState["features"] = {};
    for (const [key, perClass] of this.features) features[key] = Object.fromEntries(perClass);
    return { version: 1, alpha: this.alpha, classes, features };
  }

  static fromJSON(state: NaiveBayesState): NaiveBayes {
    const model = new NaiveBayes(state.alpha);
    for (const [id, [docs, total]] of Object.entries(state.classes)) {
      model.classes.set(id, { docs, total });
      model.documents += docs;
    }
    for (const [key, perClass] of Object.entries(state.features)) model.features.set(key, new Map(Object.entries(perClass)));
    return model;
  }
}
