import Link from "next/link";
import { ConfirmButton } from "@/components/confirm-button";
import { EmptyState } from "@/components/empty-state";
import { Money } from "@/components/money";
import { PageHeader } from "@/components/page-header";
import { ActionForm } from "@/components/recurring/action-form";
import { ForecastChart } from "@/components/recurring/forecast-chart";
import { loadRecurringOverview } from "@/lib/insights/recurrences/overview";
import { requireHouseholdContext } from "@/lib/http/session";
import { t } from "@/lib/i18n";
import { formatDay } from "@/lib/i18n/format";
import { formatMoney, fromMinor } from "@/lib/money";
import { detectNowAction, setSeriesStateAction } from "../actions";
import { everyText, rt, type RecurringMessageKey } from "../messages";
import { localizedTitle } from "@/components/page-title";

export const generateMetadata = localizedTitle((locale) => rt(locale, "title"));

export default async function RecurringPage() {
  const ctx = await requireHouseholdContext();
  const r = (key: RecurringMessageKey, vars?: Record<string, string | number>) => rt(ctx.locale, key, vars);
  const { series, upcoming, forecasts } = await loadRecurringOverview(ctx);
  const nameOf = new Map(series.map((s) => [s.id, s.name]));

  return (
    <>
      <PageHeader title={r("title")} subtitle={r("subtitle")}>
        <Link className="btn" href="/recurring/transfers">{r("transfers")}</Link>
        {ctx.canWrite ? <ActionForm action={detectNowAction} label={r("detectNow")} /> : null}
      </PageHeader>

      <section aria-labelledby="upcoming-h" className="stack" style={{ marginBottom: "var(--space-5)" }}>
        <h2 id="upcoming-h">{r("upcoming")}</h2>
        {upcoming.length === 0 ? <p className="muted">{r("noUpcoming")}</p> : (
          <div className="table-wrap">
            <table className="table">
              <thead><tr><th scope="col">{r("col.date")}</th><th scope="col">{r("col.name")}</th><th scope="col" style={{ textAlign: "right" }}>{r("col.amount")}</th></tr></thead>
              <tbody>
                {upcoming.map((u) => (
                  <tr key={`${u.seriesId}-${u.date}`}>
                    <td>{formatDay(u.date, ctx.locale)}</td>
                    <td>{nameOf.get(u.seriesId) ?? u.name}</td>
                    <td style={{ textAlign: "right" }}><Money minor={u.amountMinor} currency={u.currency} locale={ctx.locale} isColored /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {forecasts.length > 0 ? (
        <section aria-labelledby="forecast-h" className="stack" style={{ marginBottom: "var(--space-5)" }}>
          <h2 id="forecast-h">{r("forecast")}</h2>
          <div className="table-wrap">
            <table className="table">
              <thead><tr><th scope="col">{r("forecast.account")}</th><th scope="col" style={{ textAlign: "right" }}>{r("forecast.today")}</th><th scope="col" style={{ textAlign: "right" }}>{r("forecast.lowest")}</th><th scope="col" style={{ textAlign: "right" }}>{r("forecast.in30")}</th></tr></thead>
              <tbody>
                {forecasts.map((f) => (
                  <tr key={f.accountId}>
                    <th scope="row"><Link href={`/accounts/${f.accountId}`}>{f.name}</Link></th>
                    <td style={{ textAlign: "right" }}><Money minor={f.startMinor} currency={f.currency} locale={ctx.locale} /></td>
                    <td style={{ textAlign: "right" }}><Money minor={f.lowestMinor} currency={f.currency} locale={ctx.locale} isColored /> <span className="small muted">{formatDay(f.lowestDate, ctx.locale)}</span></td>
                    <td style={{ textAlign: "right" }}><Money minor={f.endMinor} currency={f.currency} locale={ctx.locale} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="insights-grid">
            {forecasts.map((f) => (
              <figure key={f.accountId} className="card chart-card">
                <figcaption className="chart-card__title">{f.name}</figcaption>
                <ForecastChart label={`${r("forecast")} — ${f.name}`} locale={ctx.locale}
                  points={f.days.map((d) => ({ date: d.date, balance: fromMinor(d.balanceMinor, f.currency), text: formatMoney(d.balanceMinor, f.currency, ctx.locale) }))} />
              </figure>
            ))}
          </div>
        </section>
      ) : null}

      <section aria-labelledby="series-h" className="stack" style={{ marginBottom: "var(--space-5)" }}>
        <h2 id="series-h">{r("series")}</h2>
        {series.length === 0 ? <EmptyState title={r("empty")} body={r("emptyBody")} /> : (
          <div className="table-wrap">
            <table className="table table--stack">
              <thead>
                <tr>
                  <th scope="col">{r("col.name")}</th><th scope="col" style={{ textAlign: "right" }}>{r("col.amount")}</th><th scope="col">{r("col.every")}</th>
                  <th scope="col">{r("col.last")}</th><th scope="col">{r("col.next")}</th><th scope="col">{r("col.count")}</th><th scope="col">{r("col.state")}</th>
                  {ctx.canWrite ? <th scope="col"><span className="sr-only">{t(ctx.locale, "common.edit")}</span></th> : null}
                </tr>
              </thead>
              <tbody>
                {series.map((s) => (
                  <tr key={s.id}>
                    <td>{s.name}</td>
                    <td style={{ textAlign: "right" }}><Money minor={s.amountMinor} currency={s.currency} locale={ctx.locale} isColored /></td>
                    <td>{everyText(ctx.locale, s.intervalDays)}</td>
                    <td>{s.lastDate ? formatDay(s.lastDate, ctx.locale) : "—"}</td>
                    <td>{s.nextDate ? formatDay(s.nextDate, ctx.locale) : "—"}</td>
                    <td>{s.occurrences}</td>
                    <td>{r(`state.${s.state}` as RecurringMessageKey)}</td>
                    {ctx.canWrite ? (
                      <td>
                        <div className="actions">
                          {s.state === "detected" ? (
                            <form action={setSeriesStateAction.bind(null, s.id, "confirmed")}><button type="submit" className="btn btn--small">{r("confirm")}</button></form>
                          ) : null}
                          <Link className="btn btn--small" href={`/recurring/${s.id}`}>{r("edit")}</Link>
                          <form action={setSeriesStateAction.bind(null, s.id, "dismissed")}>
                            <ConfirmButton label={r("dismiss")} question={r("dismissQuestion")} confirmLabel={r("dismiss")} cancelLabel={r("cancel")} isSmall />
                          </form>
                        </div>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
