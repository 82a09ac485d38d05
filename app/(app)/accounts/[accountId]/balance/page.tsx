import { EmptyState } from "@/components/empty-state";
import { Money } from "@/components/money";
import { PageHeader } from "@/components/page-header";
import { checkAccountBalance } from "@/lib/insights/balances/check";
import { orNotFound, requireHouseholdContext } from "@/lib/http/session";
import { formatDay } from "@/lib/i18n/format";
import { formatMoney } from "@/lib/money";
import { rt, type RecurringMessageKey } from "../../../recurring/messages";
import { localizedTitle } from "@/components/page-title";

export const generateMetadata = localizedTitle((locale) => rt(locale, "balance.title"));

export default async function BalanceCheckPage({ params }: { params: Promise<{ accountId: string }> }) {
  const ctx = await requireHouseholdContext();
  const r = (key: RecurringMessageKey, vars?: Record<string, string | number>) => rt(ctx.locale, key, vars);
  const { accountId } = await params;
  const check = await orNotFound(checkAccountBalance(ctx, accountId));
  const money = (minor: bigint) => formatMoney(minor, check.currency, ctx.locale);
  const right = { textAlign: "right" } as const;

  return (
    <>
      <PageHeader title={r("balance.title")} subtitle={`${check.name} — ${r("balance.subtitle")}`} back={{ href: `/accounts/${check.accountId}`, label: check.name }} />
      {check.reports.length === 0 ? <EmptyState title={r("balance.noReports")} /> : (
        <>
          {check.discrepancies.length === 0 ? <div className="alert alert--success" role="status">{r("balance.allGood")}</div> : null}
          {check.discrepancies.map((d) => (
            <div key={d.firstBadDate} className="card" style={{ marginBottom: "var(--space-5)" }}>
              <h2>
                {d.lastGoodDate
                  ? r("balance.discrepancy", { gap: money(d.gapMinor), from: formatDay(d.lastGoodDate, ctx.locale), to: formatDay(d.firstBadDate, ctx.locale) })
                  : r("balance.discrepancyFirst", { gap: money(d.gapMinor), to: formatDay(d.firstBadDate, ctx.locale) })}
              </h2>
              <h3>{r("balance.explanations")}</h3>
              {d.explanations.length === 0 ? <p className="muted">{r("balance.noExplanation")}</p> : (
                <ul>
                  {d.explanations.map((e) => (
                    <li key={e.id}>
                      {formatDay(e.date, ctx.locale)} · {e.label} · <Money minor={e.amountMinor} currency={check.currency} locale={ctx.locale} isColored /> — {r(`balance.kind.${e.kind}` as RecurringMessageKey)}
                      {e.isExact ? <strong> ({r("balance.exact")})</strong> : null}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{r("col.date")}</th><th scope="col" style={right}>{r("balance.reported")}</th><th scope="col" style={right}>{r("balance.computed")}</th>
                  <th scope="col" style={right}>{r("balance.difference")}</th><th scope="col">{r("balance.source")}</th>
                </tr>
              </thead>
              <tbody>
                {check.reports.map((report, i) => (
                  <tr key={`${report.date}-${i}`} className={report.reportedMinor === report.computedMinor ? undefined : "row--muted"}>
                    <td>{formatDay(report.date, ctx.locale)}</td>
                    <td style={right}><Money minor={report.reportedMinor} currency={check.currency} locale={ctx.locale} /></td>
                    <td style={right}><Money minor={report.computedMinor} currency={check.currency} locale={ctx.locale} /></td>
                    <td style={right}><Money minor={report.reportedMinor - report.computedMinor} currency={check.currency} locale={ctx.locale} isColored /></td>
                    <td>{report.source}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
