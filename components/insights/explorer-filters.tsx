/**
 * The transactions page's filter form (GET): text and period first, the rest under "More filters" (open when one
 * of them is set). Every field maps to a search parameter read by parseExplorerFilter / resolveExplorerPeriod.
 */
import Link from "next/link";
import { CategorySelect } from "@/components/categories/category-select";
import type { CategoryChoice } from "@/lib/categorizer/ui/categories";
import { PERIOD_PRESETS } from "@/lib/insights/shape/period";
import type { ExplorerFilter } from "@/lib/insights/shape/filters";
import { fromMinor } from "@/lib/money";
import { translator, type Locale, type MessageKey } from "@/lib/i18n";
import type { ExplorerPeriod } from "./explorer-period";
import { PeriodFields } from "./period-fields";

export interface Option { id: string; name: string }

export function ExplorerFilters({ filter, period, accounts, categories, currency, locale, action }: {
  filter: ExplorerFilter; period: ExplorerPeriod; accounts: Option[]; categories: CategoryChoice[]; currency: string; locale: Locale; action: string;
}) {
  const tr = translator(locale);
  const options = [{ value: "all", label: tr("tx.period.all") }, ...PERIOD_PRESETS.map((p) => ({ value: p, label: tr(`insights.period.${p}` as MessageKey) }))];
  const hasMore = filter.accountIds.length + filter.categoryIds.length + filter.tags.length > 0 || filter.minMinor !== null || filter.maxMinor !== null
    || filter.status !== null || filter.bill !== null || filter.isUncategorized || filter.isExcludingTransfers;
  return (
    <form method="get" action={action} className="card filters-form" role="search">
      <div className="filters">
        <div className="field"><label htmlFor="f-q">{tr("common.search")}</label><input id="f-q" name="q" type="search" className="input" defaultValue={filter.text} placeholder={tr("account.searchPlaceholder")} /></div>
        <PeriodFields idPrefix="f-" choice={period.choice} from={period.from ?? ""} to={period.to ?? ""} options={options}
          labels={{ period: tr("insights.period"), from: tr("insights.from"), to: tr("insights.to") }} />
      </div>
      <details open={hasMore}>
        <summary>{tr("tx.filters.more")}</summary>
        <div className="filters">
          <div className="field">
            <label htmlFor="f-account">{tr("explore.accounts")}</label>
            <select id="f-account" name="account" multiple className="select" defaultValue={filter.accountIds}>
              {accounts.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-category">{tr("explore.categories")}</label>
            <CategorySelect id="f-category" name="category" choices={categories} defaultValue={filter.categoryIds} isMultiple />
          </div>
          <div className="field"><label htmlFor="f-min">{tr("explore.min")}</label><input id="f-min" name="min" inputMode="decimal" className="input input--amount" defaultValue={filter.minMinor === null ? "" : fromMinor(filter.minMinor, currency)} /></div>
          <div className="field"><label htmlFor="f-max">{tr("explore.max")}</label><input id="f-max" name="max" inputMode="decimal" className="input input--amount" defaultValue={filter.maxMinor === null ? "" : fromMinor(filter.maxMinor, currency)} /></div>
          <div className="field"><label htmlFor="f-tag">{tr("explore.tags")}</label><input id="f-tag" name="tag" className="input" defaultValue={filter.tags.join(", ")} /></div>
          <div className="field">
            <label htmlFor="f-status">{tr("explore.status")}</label>
            <select id="f-status" name="status" className="select" defaultValue={filter.status ?? ""}>
              <option value="">{tr("explore.status.any")}</option><option value="pending">{tr("explore.status.pending")}</option><option value="booked">{tr("explore.status.booked")}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-bill">{tr("explore.bill")}</label>
            <select id="f-bill" name="bill" className="select" defaultValue={filter.bill ?? ""}>
              <option value="">{tr("explore.bill.any")}</option><option value="with">{tr("explore.bill.with")}</option><option value="without">{tr("explore.bill.without")}</option>
            </select>
          </div>
          <div className="field filters__checks">
            <label className="checkbox small"><input type="checkbox" name="uncategorized" value="1" defaultChecked={filter.isUncategorized} /> {tr("explore.uncategorized")}</label>
            <label className="checkbox small"><input type="checkbox" name="transfers" value="exclude" defaultChecked={filter.isExcludingTransfers} /> {tr("explore.excludeTransfers")}</label>
          </div>
        </div>
      </details>
      <div className="form-actions">
        <button type="submit" className="btn btn--primary">{tr("explore.filter")}</button>
        <Link href={action} className="btn btn--ghost">{tr("explore.reset")}</Link>
      </div>
    </form>
  );
}
