/** A rule's conditions and actions in a short sentence for the rules list. */
import type { RuleAction, RuleCondition } from "@/lib/categorizer/rules";
import type { CustomCategory } from "@/lib/categorizer/tree";
import { labelCategory } from "@/lib/categorizer/ui/categories";
import { t, type Locale, type MessageKey } from "@/lib/i18n";

export function describeCondition(c: RuleCondition, locale: Locale, accounts: ReadonlyMap<string, string>): string {
  const tr = (key: string) => t(locale, key as MessageKey);
  const field = tr(`rules.field.${c.field}`);
  switch (c.field) {
    case "label": case "payee": case "rawLabel": return `${field} ${tr(`rules.op.${c.op}`)} “${c.value}”`;
    case "amount":
      if (c.op === "sign") return `${field} ${tr("rules.op.sign")} ${tr(`rules.sign.${c.sign ?? "debit"}`)}`;
      if (c.op === "range") return `${field} ${tr("rules.op.range")} ${c.min ?? "…"} – ${c.max ?? "…"}`;
      return `${field} ${tr("rules.op.equals")} ${c.value ?? ""}`;
    case "account": return `${field} ${tr("rules.op.in")} ${c.values.map((id) => accounts.get(id) ?? id).join(", ")}`;
    case "currency": return `${field} ${tr("rules.op.equals")} ${c.value}`;
    case "date": return `${field} ${tr("rules.op.range")} ${c.from ?? "…"} – ${c.to ?? "…"}`;
    case "weekday": return `${field} ${tr("rules.op.in")} ${c.values.map((d) => tr(`rules.weekday.${d}`)).join(", ")}`;
    default: return `${c.field} ${c.op} ${c.values.join(", ")}`;
  }
}

export function describeAction(a: RuleAction, locale: Locale, custom: readonly CustomCategory[]): string {
  const label = t(locale, `rules.action.${a.type}` as MessageKey);
  switch (a.type) {
    case "setCategory": return `${label}: ${labelCategory(a.categoryId, custom, locale).name}`;
    case "setPayee": return `${label}: ${a.payee}`;
    case "addTag": return `${label}: ${a.tag}`;
    default: return label;
  }
}
