/**
 * Applying rules to one transaction. Semantics (also in README.md):
 * - stages run in order pre → default → post; inside a stage, rules run by position;
 * - inside a stage, setCategory and setPayee are FIRST-MATCH: the first matching rule that sets them wins,
 *   later rules of the same stage cannot change them; addTag is ALL-MATCH (every matching rule adds its tags);
 *   markInternalTransfer is set when any matching rule asks for it;
 * - a later stage overrides an earlier one (a post rule can correct what a default rule chose);
 * - a payee set by a rule is what later rules (same or later stage) see in "payee" conditions.
 */
import type { CompiledRule, RuleSubject } from "./compile";

export interface RulesOutcome {
  categoryId: string | null;
  categoryRuleId: string | null;
  payee: string | null;
  payeeRuleId: string | null;
  tags: string[];
  isInternalTransfer: boolean;
  matchedRuleIds: string[];
}

/** rules must be sorted (sortRules) and enabled. */
export function applyRules(rules: readonly CompiledRule[], subject: RuleSubject): RulesOutcome {
  const outcome: RulesOutcome = { categoryId: null, categoryRuleId: null, payee: null, payeeRuleId: null, tags: [], isInternalTransfer: false, matchedRuleIds: [] };
  if (rules.length === 0) return outcome;
  const current: RuleSubject = { ...subject };
  let stage: string | null = null;
  let isCategorySetInStage = false;
  let isPayeeSetInStage = false;
  for (const rule of rules) {
    if (rule.stage !== stage) {
      stage = rule.stage;
      isCategorySetInStage = false;
      isPayeeSetInStage = false;
    }
    if (!rule.matches(current)) continue;
    outcome.matchedRuleIds.push(rule.id);
    for (const action of rule.actions) {
      if (action.type === "setCategory" && !isCategorySetInStage) {
        outcome.categoryId = action.categoryId;
        outcome.categoryRuleId = rule.id;
        isCategorySetInStage = true;
      } else if (action.type === "setPayee" && !isPayeeSetInStage) {
        outcome.payee = action.payee;
        outcome.payeeRuleId = rule.id;
        current.payee = action.payee;
        isPayeeSetInStage = true;
      } else if (action.type === "addTag" && !outcome.tags.includes(action.tag)) {
        outcome.tags.push(action.tag);
      } else if (action.type === "markInternalTransfer") {
        outcome.isInternalTransfer = true;
      }
    }
  }
  return outcome;
}
