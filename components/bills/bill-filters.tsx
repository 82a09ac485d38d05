/** The bills page's filters: a plain GET form, so a filtered list is a link one can share or bookmark. */
import Link from "next/link";
import { t, type Locale, type MessageKey } from "@/lib/i18n";
import { BILL_STATES } from "@/lib/bills/ui/state";

export interface BillFilterValues { vendor?: string; type?: string; state?: string; from?: string; to?: string }

export function BillFilters({ locale, values, vendors, types, months }: {
  locale: Locale; values: BillFilterValues; vendors: string[]; types: string[];
  /** Months to pick from, newest first (value "YYYY-MM", label in words). */
  months: { value: string; label: string }[];
}) {
  const tr = (key: MessageKey) => t(locale, key);
  const hasFilters = Object.values(values).some(Boolean);
  return (
    <form className="card" role="search" action="/bills" aria-label={tr("bills.filter.label")}>
      <div className="row filter-row" style={{ alignItems: "flex-end" }}>
        <div className="field">
          <label htmlFor="f-vendor">{tr("bills.filter.vendor")}</label>
          <select id="f-vendor" name="vendor" className="select" defaultValue={values.vendor ?? ""}>
            <option value="">{tr("bills.filter.any")}</option>
            {vendors.map((v) => <option key={v} value={v}>{v}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-type">{tr("bills.filter.type")}</label>
          <select id="f-type" name="type" className="select" defaultValue={values.type ?? ""}>
            <option value="">{tr("bills.filter.any")}</option>
            {types.map((v) => <option key={v} value={v}>{v}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-state">{tr("bills.filter.state")}</label>
          <select id="f-state" name="state" className="select" defaultValue={values.state ?? ""}>
            <option value="">{tr("bills.filter.any")}</option>
            {BILL_STATES.map((s) => <option key={s} value={s}>{tr(`bills.state.${s}` as MessageKey)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-from">{tr("bills.filter.from")}</label>
          <MonthSelect id="f-from" name="from" value={values.from} months={months} anyLabel={tr("bills.filter.any")} />
        </div>
        <div className="field">
          <label htmlFor="f-to">{tr("bills.filter.to")}</label>
          <MonthSelect id="f-to" name="to" value={values.to} months={months} anyLabel={tr("bills.filter.any")} />
        </div>
        <div className="form-actions" style={{ flex: "0 0 auto" }}>
          <button type="submit" className="btn">{tr("bills.filter.apply")}</button>
          {hasFilters ? <Link className="btn btn--ghost" href="/bills">{tr("bills.clearFilters")}</Link> : null}
        </div>
      </div>
    </form>
  );
}

function MonthSelect({ id, name, value, months, anyLabel }: { id: string; name: string; value?: string; months: { value: string; label: string }[]; anyLabel: string }) {
  const isListed = !value || months.some((m) => m.value === value);
  return (
    <select id={id} name={name} className="select" defaultValue={value ?? ""}>
      <option value="">{anyLabel}</option>
      {isListed ? null : <option value={value}>{value}</option>}
      {months.map((m) => <option key={m.value} value={m.value}>{m.label}</option>)}
    </select>
  );
}
