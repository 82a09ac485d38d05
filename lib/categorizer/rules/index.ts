export { ruleSchema, conditionSchema, actionSchema, RULE_STAGES, type Rule, type RuleInput, type RuleCondition, type RuleAction } from "./schema";
export { compileRule, sortRules, type CompiledRule, type RuleSubject } from "./compile";
export { applyRules, type RulesOutcome } from "./apply";
export { compileSafeRegex } from "./safeRegex";
export { suggestRules, type Correction, type RuleSuggestion } from "./suggest";
export { previewRuleChanges, type PreviewTransaction, type RuleChange } from "./preview";
export { draftRuleFromTransaction } from "./fromTransaction";
