/** The explorer's filter form (GET): every field maps to a search parameter read by parseExplorerFilter. */
import Link from "next/link";
import type { ExplorerFilter } from "@/lib/insights/shape/filters";
import { fromMinor } from "@/lib/money";
import { translator, type Locale } from "@/lib/i18n";

export interface Option { id: string; name: string; depth?: number }

export function ExplorerFilters({ filter, accounts, categories, currency, locale }: { filter: ExplorerFilter; accounts: Option[]; categories: Option[]; currency: string; locale: Locale }) {
  const tr = translator(locale);
  return (
    <form method="get" action="/explore" className="card filters">
      <div className="field">
        <label htmlFor="f-account">{tr("explore.accounts")}</label>
        <select id="f-account" name="account" multiple className="select" defaultValue={filter.accountIds}>
          {accounts.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-category">{tr("explore.categories")}</label>
        <select id="f-category" name="category" multiple className="select" defaultValue={filter.categoryIds}>
          {categories.map((c) => <option key={c.id} value={c.id}>{"\u00a0\u00a0".repeat(c.depth ?? 0)}{c.name}</option>)}
        </select>
      </div>
      <div className="field"><label htmlFor="f-from">{tr("insights.from")}</label><input id="f-from" name="from" type="date" className="input" defaultValue={filter.from ?? ""} /></div>
      <div className="field"><label htmlFor="f-to">{tr("insights.to")}</label><input id="f-to" name="to" type="date" className="input" defaultValue={filter.to ?? ""} /></div>
      <div className="field"><label htmlFor="f-min">{tr("explore.min")}</label><input id="f-min" name="min" inputMode="decimal" className="input input--amount" defaultValue={filter.minMinor === null ? "" : fromMinor(filter.minMinor, currency)} /></div>
      <div className="field"><label htmlFor="f-max">{tr("explore.max")}</label><input id="f-max" name="max" inputMode="decimal" className="input input--amount" defaultValue={filter.maxMinor === null ? "" : fromMinor(filter.maxMinor, currency)} /></div>
      <div className="field"><label htmlFor="f-q">{tr("explore.text")}</label><input id="f-q" name="q" type="search" className="input" defaultValue={filter.text} /></div>
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
      <label className="checkbox small"><input type="checkbox" name="uncategorized" value="1" defaultChecked={filter.isUncategorized} /> {tr("explore.uncategorized")}</label>
      <label className="checkbox small"><input type="checkbox" name="transfers" value="exclude" defaultChecked={filter.isExcludingTransfers} /> {tr("explore.excludeTransfers")}</label>
      <div className="form-actions">
        <button type="submit" className="btn btn--primary">{tr("explore.filter")}</button>
        <Link href="/explore" className="btn btn--ghost">{tr("explore.reset")}</Link>
      </div>
    </form>
  );
}
