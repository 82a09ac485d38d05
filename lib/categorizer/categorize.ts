/**
 * The precedence, in one place (DESIGN.md, issue 4):
 *   manual  >  rule  >  household model (confidence ≥ LOCAL_THRESHOLD)  >  global (dictionary / kind)
 *           >  the bank's own category  >  uncategorized ("0").
 * "manual" never reaches this function: callers (import, recategorize, apply rule) skip rows whose
 * categorySource is "manual", so automation never overwrites a user's choice.
 */
import type { CategorizeInput, CategorizeResult, Categorizer } from "./index";
import { normalizeLabel, type NormalizedLabel } from "./normalize";
import { applyRules, type CompiledRule } from "./rules";
import { NaiveBayes, extractFeatures, type Features, type Prediction } from "./model";
import { categorizeGlobally } from "./dictionary";
import { mapBankCategory } from "./dictionary/bankCategories";
import { resolveCategoryId, type CustomCategory } from "./tree";
import { currencyExponent } from "../money";

/** Below this, the household model's guess is not trusted over the shipped knowledge. */
export const LOCAL_THRESHOLD = 0.5;
/** Share of the label's words the household model must know to win over an exact dictionary name. */
export const LOCAL_MIN_COVERAGE = 0.5;

export interface CategorizerParts {
  rules?: readonly CompiledRule[];
  model?: NaiveBayes;
  customCategories?: readonly CustomCategory[];
}

export interface LearningCategorizer extends Categorizer {
  readonly model: NaiveBayes;
  /** Teaches the household model one correction (what recordCorrection and `--learn` call). */
  learn(input: CategorizeInput, categoryId: string): void;
  /** Removes a previously learned example (a correction that is itself corrected). */
  forget(input: CategorizeInput, categoryId: string): void;
}

const exponentCache = new Map<string, number>();
function exponentOf(currency: string): number {
  let exponent = exponentCache.get(currency);
  if (exponent === undefined) {
    try {
      exponent = currencyExponent(currency);
    } catch {
      exponent = 2;
    }
    exponentCache.set(currency, exponent);
  }
  return exponent;
}

export function featuresOf(input: CategorizeInput, normalized: NormalizedLabel = normalizeLabel(input.rawLabel, input.amountMinor > 0n)): Features {
  return extractFeatures(normalized.tokens, normalized.kind, input.amountMinor, exponentOf(input.currency));
}

export function createCategorizer(parts: CategorizerParts = {}): LearningCategorizer {
  const rules = parts.rules ?? [];
  const model = parts.model ?? new NaiveBayes();
  const custom = parts.customCategories ?? [];
  const resolve = (id: string) => (custom.length ? resolveCategoryId(id, custom) : id);

  function categorize(input: CategorizeInput): CategorizeResult {
    const isCredit = input.amountMinor > 0n;
    const normalized = normalizeLabel(input.rawLabel, isCredit);
    const ruled = rules.length
      ? applyRules(rules, {
          rawLabel: input.rawLabel, label: normalized.label, payee: normalized.payee, amountMinor: input.amountMinor,
          currency: input.currency, date: input.date, accountId: input.accountId, kind: normalized.kind,
        })
      : null;
    const result: CategorizeResult = {
      label: normalized.label,
      payee: ruled?.payee ?? normalized.payee,
      categoryId: "0",
      categorySource: "none",
      categoryConfidence: null,
      categoryRuleId: null,
      tags: ruled ? ruled.tags : [],
      isInternalTransfer: ruled ? ruled.isInternalTransfer : false,
    };
    if (ruled && (ruled.categoryId || ruled.isInternalTransfer)) {
      result.categoryId = ruled.categoryId ? resolve(ruled.categoryId) : "600110";
      result.categorySource = "rule";
      result.categoryConfidence = 1;
      result.categoryRuleId = ruled.categoryRuleId ?? ruled.matchedRuleIds[0] ?? null;
      return result;
    }
    const local = model.exampleCount > 0 ? model.predict(featuresOf(input, normalized)) : null;
    const isLocalTrusted = local !== null && local.confidence >= LOCAL_THRESHOLD;
    // The household's word wins when it recognizes most of the label; when it only shares a word or two,
    // an exact dictionary name ("PARIS LIDL" after learning "PARIS RIMONE") is the better witness.
    if (isLocalTrusted && local.coverage >= LOCAL_MIN_COVERAGE) return asLocal(result, local);
    const global = categorizeGlobally(normalized.tokens, normalized.kind, isCredit, input.amountMinor);
    if (isLocalTrusted && !(global && global.isExactName)) return asLocal(result, local);
    if (global) {
      result.categoryId = global.categoryId;
      result.categorySource = "global";
      result.categoryConfidence = global.confidence;
      return result;
    }
    const bank = mapBankCategory(input.bankCategory);
    if (bank) {
      result.categoryId = bank;
      result.categorySource = "bank";
    }
    return result;
  }

  function asLocal(result: CategorizeResult, local: Prediction): CategorizeResult {
    result.categoryId = resolve(local.categoryId);
    result.categorySource = "local";
    result.categoryConfidence = Math.round(local.confidence * 1000) / 1000;
    return result;
  }

  return {
    model,
    categorize,
    learn: (input, categoryId) => model.learn(featuresOf(input), categoryId, 1),
    forget: (input, categoryId) => model.learn(featuresOf(input), categoryId, -1),
  };
}
