/** Why a transaction has its category, in words (source, rule name, calibrated confidence). */
import { t, type Locale } from "@/lib/i18n";

export interface CategoryOrigin {
  categorySource: string;
  categoryConfidence: number | null;
  ruleName: string | null;
}

export function explainCategory(origin: CategoryOrigin, locale: Locale): string {
  const percent = origin.categoryConfidence === null ? null : Math.round(origin.categoryConfidence * 100);
  switch (origin.categorySource) {
    case "manual": return t(locale, "why.manual");
    case "rule": return origin.ruleName ? t(locale, "why.rule", { name: origin.ruleName }) : t(locale, "why.ruleDeleted");
    case "local": return t(locale, "why.local", { percent: percent ?? "?" });
    case "global": return percent === null ? t(locale, "why.globalNoConfidence") : t(locale, "why.global", { percent });
    case "bank": return t(locale, "why.bank");
    default: return t(locale, "why.none");
  }
}
