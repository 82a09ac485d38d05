/**
 * Rule suggestions (Actual's "category learning", as an opt-in proposal): when the household has corrected
 * the same payee to the same category at least N times, and that is also its latest choice for the payee,
 * propose "payee equals X → category C" — unless a rule already does exactly that.
 */
import { foldLabel } from "../normalize";
import type { Rule, RuleInput } from "./schema";

export const SUGGESTION_MIN_CORRECTIONS = 3;

export interface Correction {
  payee: string | null;
  label: string;
  categoryId: string;
  date: string;
}

export interface RuleSuggestion {
  payee: string;
  categoryId: string;
  occurrences: number;
  rule: Omit<RuleInput, "id">;
}

function coversAlready(rules: readonly Rule[], foldedPayee: string, categoryId: string): boolean {
  return rules.some((rule) =>
    rule.actions.some((a) => a.type === "setCategory" && a.categoryId === categoryId) &&
    rule.conditions.some((c) => (c.field === "payee" || c.field === "label") && c.op !== "regex" && foldLabel(c.value) === foldedPayee));
}

export function suggestRules(corrections: readonly Correction[], existingRules: readonly Rule[] = [], minCorrections = SUGGESTION_MIN_CORRECTIONS): RuleSuggestion[] {
  const byPayee = new Map<string, { display: string; items: Correction[] }>();
  for (const correction of corrections) {
    const display = (correction.payee ?? correction.label).trim();
    if (!display) continue;
    const key = foldLabel(display);
    const group = byPayee.get(key) ?? { display, items: [] };
    group.items.push(correction);
    byPayee.set(key, group);
  }
  const suggestions: RuleSuggestion[] = [];
  for (const [key, { display, items }] of byPayee) {
    const latest = items.reduce((a, b) => (b.date >= a.date ? b : a));
    const occurrences = items.filter((c) => c.categoryId === latest.categoryId).length;
    if (occurrences < minCorrections || coversAlready(existingRules, key, latest.categoryId)) continue;
    const field = items.some((c) => c.payee) ? "payee" : "label";
    suggestions.push({
      payee: display,
      categoryId: latest.categoryId,
      occurrences,
      rule: {
        name: `${display} → ${latest.categoryId}`,
        stage: "default",
        conditionsOp: "and",
        conditions: [{ field, op: "equals", value: display }],
        actions: [{ type: "setCategory", categoryId: latest.categoryId }],
        isEnabled: true,
      },
    });
  }
  return suggestions.sort((a, b) => b.occurrences - a.occurrences || a.payee.localeCompare(b.payee));
}
