/**
 * What applying one rule to existing transactions would change: a pure diff (from → to) the UI shows before
 * the household confirms. Rows whose category was chosen by hand are left out entirely: automation never
 * overwrites a manual choice.
 */
import { normalizeLabel } from "../normalize";
import { applyRules } from "./apply";
import type { CompiledRule } from "./compile";

export interface PreviewTransaction {
  id: string;
  rawLabel: string;
  label: string;
  payee: string | null;
  amountMinor: bigint;
  currency: string;
  date: string;
  accountId: string | null;
  categoryId: string;
  categorySource: string;
  tags: readonly string[];
}

export interface RuleState {
  categoryId: string;
  payee: string | null;
  tags: string[];
}

export interface RuleChange {
  id: string;
  from: RuleState;
  to: RuleState;
  isInternalTransfer: boolean;
}

export function previewRuleChanges(rule: CompiledRule, transactions: readonly PreviewTransaction[]): RuleChange[] {
  const changes: RuleChange[] = [];
  for (const tx of transactions) {
    if (tx.categorySource === "manual") continue;
    const outcome = applyRules([rule], {
      rawLabel: tx.rawLabel, label: tx.label, payee: tx.payee, amountMinor: tx.amountMinor, currency: tx.currency,
      date: tx.date, accountId: tx.accountId, kind: normalizeLabel(tx.rawLabel, tx.amountMinor > 0n).kind,
    });
    if (outcome.matchedRuleIds.length === 0) continue;
    const from: RuleState = { categoryId: tx.categoryId, payee: tx.payee, tags: [...tx.tags] };
    const categoryId = outcome.categoryId ?? (outcome.isInternalTransfer ? "600110" : tx.categoryId);
    const to: RuleState = { categoryId, payee: outcome.payee ?? tx.payee, tags: [...new Set([...tx.tags, ...outcome.tags])] };
    const isSame = from.categoryId === to.categoryId && from.payee === to.payee && from.tags.length === to.tags.length;
    if (!isSame) changes.push({ id: tx.id, from, to, isInternalTransfer: outcome.isInternalTransfer });
  }
  return changes;
}
