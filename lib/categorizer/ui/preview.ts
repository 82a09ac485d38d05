/**
 * A rule's preview in words: how many transactions change, and the first few with their label, date,
 * amount and category before → after (names in the household locale).
 */
import { raw } from "../../db/raw";
import type { HouseholdContext } from "../../auth/guard";
import { fromMinor } from "../../money";
import { selectTransactionsByIds } from "../db/rows";
import type { RuleChange } from "../rules";
import type { CustomCategory } from "../tree";
import { labelCategory, type CategoryLabel, type UiLocale } from "./categories";

export interface PreviewLine {
  id: string;
  date: string;
  label: string;
  amount: string;
  currency: string;
  from: CategoryLabel;
  to: CategoryLabel;
  payeeTo: string | null;
  tagsAdded: string[];
}

export interface RulePreview {
  count: number;
  lines: PreviewLine[];
}

export async function describeRuleChanges(ctx: HouseholdContext, changes: readonly RuleChange[], custom: readonly CustomCategory[], locale: UiLocale, limit = 20): Promise<RulePreview> {
  const shown = changes.slice(0, limit);
  const rows = new Map((await selectTransactionsByIds(raw(), ctx.householdId, shown.map((c) => c.id))).map((r) => [r.id, r]));
  const lines = shown.flatMap((change): PreviewLine[] => {
    const row = rows.get(change.id);
    if (!row) return [];
    return [{
      id: row.id, date: row.date, label: row.label, amount: fromMinor(BigInt(row.amountMinor), row.currency), currency: row.currency,
      from: labelCategory(change.from.categoryId, custom, locale), to: labelCategory(change.to.categoryId, custom, locale),
      payeeTo: change.to.payee !== change.from.payee ? change.to.payee : null,
      tagsAdded: change.to.tags.filter((tag) => !change.from.tags.includes(tag)),
    }];
  });
  return { count: changes.length, lines };
}
