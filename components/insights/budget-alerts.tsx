/** Exceeded budgets of the current month, shown on the dashboard. */
import Link from "next/link";
import type { BudgetProgress } from "@/lib/insights/budget-progress";
import { categoryName, type CustomCategory } from "@/lib/categorizer/tree";
import { formatMoney } from "@/lib/money";
import { translator, type Locale } from "@/lib/i18n";

export function BudgetAlerts({ progress, locale, custom }: { progress: BudgetProgress[]; locale: Locale; custom: CustomCategory[] }) {
  const tr = translator(locale);
  const exceeded = progress.filter((p) => p.isExceeded);
  if (!exceeded.length) return null;
  return (
    <div className="alert alert--warning" role="status">
      {exceeded.map((p) => (
        <div key={p.budget.id}>
          <Link href="/budgets">
            {tr("insights.budgetExceeded", {
              category: categoryName(p.budget.categoryId, locale, custom),
              spent: formatMoney(p.spentMinor, p.budget.currency, locale), available: formatMoney(p.availableMinor, p.budget.currency, locale),
            })}
          </Link>
        </div>
      ))}
    </div>
  );
}
