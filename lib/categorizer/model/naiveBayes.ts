/**
 * A multinomial naive Bayes classifier over weighted sparse features, learnable one example at a time.
 *
 * Why naive Bayes (over a perceptron or logistic regression): a household corrects a few dozen transactions,
 * and NB learns from one example at once, exactly (an update is a few array writes, well under 0.1 ms), can
 * also forget an example (a correction of a correction), needs no learning rate or epochs, and serializes to
 * plain counts. Its raw posteriors are over-confident, so confidence is tempered (calibrate.ts) and a
 * prediction is only offered when the label shares at least one word with what the household taught.
 *
 * Layout is tuned for prediction speed (≥ 100k labels/s): classes are small integers, and each feature keeps
 * parallel arrays of (class, log-weight) so scoring is a tight loop without map lookups per class.
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

interface FeatureStats {
  classes: number[];
  counts: number[];
  /** log1p(count / alpha), kept in step with counts. */
  logs: number[];
}

export class NaiveBayes {
  private readonly classIds: string[] = [];
  private readonly classIndex = new Map<string, number>();
  private readonly docs: number[] = [];
  private readonly totals: number[] = [];
  private readonly features = new Map<string, FeatureStats>();
  private documents = 0;
  private liveClasses = 0;
  /** log(alpha / (total_c + alpha·|V|)) per class, recomputed lazily after learning (not per prediction). */
  private logDenominators: number[] = [];
  private isDirty = true;
  private scratch = new Float64Array(16);

  constructor(private readonly alpha = 0.05) {}

  get exampleCount(): number {
    return this.documents;
  }

  private indexOf(classId: string): number {
    let index = this.classIndex.get(classId);
    if (index === undefined) {
      index = this.classIds.length;
      this.classIds.push(classId);
      this.classIndex.set(classId, index);
      this.docs.push(0);
      this.totals.push(0);
    }
    return index;
  }

  private addCount(key: string, cls: number, delta: number): void {
    let stats = this.features.get(key);
    if (!stats) {
      if (delta <= 0) return;
      this.features.set(key, (stats = { classes: [], counts: [], logs: [] }));
    }
    let at = stats.classes.indexOf(cls);
    if (at < 0) {
      if (delta <= 0) return;
      at = stats.classes.push(cls) - 1;
      stats.counts.push(0);
      stats.logs.push(0);
    }
    const next = stats.counts[at]! + delta;
    if (next > 1e-9) {
      stats.counts[at] = next;
      stats.logs[at] = Math.log1p(next / this.alpha);
    } else {
      stats.classes.splice(at, 1);
      stats.counts.splice(at, 1);
      stats.logs.splice(at, 1);
      if (stats.classes.length === 0) this.features.delete(key);
    }
  }

  /** Adds (weight 1) or removes (weight -1) one labelled example. */
  learn(features: Features, classId: string, weight: 1 | -1 = 1): void {
    this.isDirty = true;
    const cls = this.indexOf(classId);
    if (weight < 0 && this.docs[cls]! <= 0) return;
    if (this.docs[cls] === 0) this.liveClasses++;
    this.docs[cls]! += weight;
    if (this.docs[cls] === 0) this.liveClasses--;
    this.documents += weight;
    const { keys, weights } = features;
    for (let k = 0; k < keys.length; k++) {
      this.addCount(keys[k]!, cls, weight * weights[k]!);
      this.totals[cls] = Math.max(0, this.totals[cls]! + weight * weights[k]!);
    }
  }

  /** requireKnownWord: only answer when a word of the label was seen (the household guard); the global
   * prior also answers on character n-grams alone ("CARREF" ~ "CARREFOUR"). */
  predict(features: Features, requireKnownWord = true): Prediction | null {
    if (this.liveClasses === 0) return null;
    const classCount = this.classIds.length;
    if (this.scratch.length < classCount) this.scratch = new Float64Array(classCount * 2);
    const scores = this.scratch;
    scores.fill(0, 0, classCount);
    let knownWeight = 0;
    let wordCount = 0;
    let knownWords = 0;
    const { keys, weights } = features;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const value = weights[k]!;
      const isWord = isWordFeature(key);
      if (isWord) wordCount++;
      const stats = this.features.get(key);
      if (!stats) continue;
      if (isWord) knownWords++;
      knownWeight += value;
      const { classes, logs } = stats;
      for (let i = 0; i < classes.length; i++) scores[classes[i]!]! += value * logs[i]!;
    }
    if (knownWeight === 0 || (requireKnownWord && knownWords === 0)) return null;
    if (this.isDirty) this.refreshDenominators();
    const docs = this.docs;
    const denominators = this.logDenominators;
    for (let c = 0; c < classCount; c++) {
      // Uniform prior (Cozy's local model uses fitPrior=false): frequent categories must not swallow rare ones.
      // Classes whose examples were all forgotten score -Infinity (out of the softmax).
      scores[c] = docs[c]! > 0 ? scores[c]! + knownWeight * denominators[c]! : Number.NEGATIVE_INFINITY;
    }
    const { best, probability } = temperedSoftmax(scores, classCount, this.liveClasses, knownWeight);
    return { categoryId: this.classIds[best]!, confidence: probability, coverage: wordCount ? knownWords / wordCount : 0 };
  }

  private refreshDenominators(): void {
    const vocabulary = this.features.size;
    this.logDenominators = this.totals.map((total) => Math.log(this.alpha / (total + this.alpha * vocabulary)));
    this.isDirty = false;
  }

  toJSON(): NaiveBayesState {
    const classes: NaiveBayesState["classes"] = {};
    this.classIds.forEach((id, c) => {
      if (this.docs[c]! > 0) classes[id] = [this.docs[c]!, this.totals[c]!];
    });
    const features: NaiveBayesState["features"] = {};
    for (const [key, stats] of this.features) {
      features[key] = Object.fromEntries(stats.classes.map((c, i) => [this.classIds[c]!, stats.counts[i]!]));
    }
    return { version: 1, alpha: this.alpha, classes, features };
  }

  static fromJSON(state: NaiveBayesState): NaiveBayes {
    const model = new NaiveBayes(state.alpha);
    for (const [id, [docs, total]] of Object.entries(state.classes)) {
      const c = model.indexOf(id);
      model.docs[c] = docs;
      model.totals[c] = total;
      model.documents += docs;
      if (docs > 0) model.liveClasses++;
    }
    for (const [key, perClass] of Object.entries(state.features)) {
      for (const [id, count] of Object.entries(perClass)) model.addCount(key, model.indexOf(id), count);
    }
    return model;
  }
}
