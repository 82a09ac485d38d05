/**
 * Spending by category for one currency: the donut and its legend (links, so it works without a pointer).
 * A slice that groups subcategories drills down on the dashboard; a leaf opens the explorer filtered on it.
 */
import Link from "next/link";
import { DonutChart } from "@/components/charts/donut-chart";
import { Money } from "@/components/money";
import { donutSlices, type CategorySum } from "@/lib/insights/shape/donut";
import { explorerQuery } from "@/lib/insights/shape/filters";
import type { Period } from "@/lib/insights/shape/period";
import type { CustomCategory } from "@/lib/categorizer/tree";
import { categoryName } from "@/lib/categorizer/tree";
import { tCount, translator, type Locale } from "@/lib/i18n";

export function SpendingDonut({ sums, currency, drill, period, dashboardQuery, locale, custom }: {
  sums: CategorySum[]; currency: string; drill: string | null; period: Period; dashboardQuery: (extra: Record<string, string>) => string; locale: Locale; custom: CustomCategory[];
}) {
  const tr = translator(locale);
  const slices = donutSlices(sums, currency, drill, locale, custom);
  const explorerHref = (categoryId: string) => `/transactions?${explorerQuery({ categoryIds: [categoryId], from: period.from, to: period.to, maxMinor: -1n, isExcludingTransfers: true }, currency)}`;
  const hrefOf = (slice: (typeof slices)[number]) => (slice.canDrill ? `/?${dashboardQuery({ cat: slice.categoryId })}#spending` : explorerHref(slice.categoryId));
  return (
    <section className="card" id="spending">
      <h2>{tr("insights.spendingByCategory")}{drill ? ` · ${categoryName(drill, locale, custom)}` : ""}</h2>
      {drill ? (
        <p className="small">
          <Link href={`/?${dashboardQuery({})}#spending`}>← {tr("insights.allCategories")}</Link>
          {" · "}<Link href={explorerHref(drill)}>{tr("insights.seeTransactions")}</Link>
        </p>
      ) : null}
      {slices.length === 0 ? <p className="muted">{tr("insights.noSpending")}</p> : (
        <div className="donut">
          <DonutChart data={slices.map((s) => ({ name: s.name, value: Number(s.spentMinor), color: s.color, href: hrefOf(s) }))} currency={currency} locale={locale} label={tr("insights.spendingByCategory")} />
          <ul className="legend">
            {slices.map((s) => (
              <li key={s.categoryId}>
                <span className="legend__dot" style={{ background: s.color }} aria-hidden="true" />
                <span className="legend__name">
                  <Link href={hrefOf(s)}>{s.name}</Link>
                  <span className="legend__count muted small">{tCount(locale, "dashboard.transactions", s.count)}</span>
                </span>
                <span className="legend__amount"><Money minor={s.spentMinor} currency={currency} locale={locale} /></span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
