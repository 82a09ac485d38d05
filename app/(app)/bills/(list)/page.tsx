import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { Money } from "@/components/money";
import { PageHeader } from "@/components/page-header";
import { ActionButton } from "@/components/bills/action-button";
import { BillFilters } from "@/components/bills/bill-filters";
import { BillsEmptyHelp } from "@/components/bills/empty-help";
import { BillStateBadge } from "@/components/bills/state-badge";
import { UploadPanel } from "@/components/bills/upload-panel";
import { billFacets } from "@/lib/bills/ui/facets";
import { listBillsPage, parseBillsQuery } from "@/lib/bills/ui/page";
import { MAX_UPLOAD_FILES } from "@/lib/bills/ui/upload";
import { MAX_EINVOICE_BYTES } from "@/lib/konnectors/einvoice/sniff";
import { requireHouseholdContext } from "@/lib/http/session";
import { orNotFoundOnBadCursor } from "@/lib/http/bad-cursor";
import { todayIso } from "@/lib/dates";
import { tCount, translator, type MessageKey } from "@/lib/i18n";
import { formatDay, formatMonth, monthsBefore } from "@/lib/i18n/format";
import { rerunMatchingAction } from "../actions";
import { localizedTitle } from "@/components/page-title";
import { billTypeName } from "@/components/bills/bill-type";

export const generateMetadata = localizedTitle("bills.title");

const PAGE_SIZE = 50;

export default async function BillsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireHouseholdContext();
  const tr = translator(ctx.locale);
  const query = parseBillsQuery(await searchParams);
  const [page, facets] = await Promise.all([orNotFoundOnBadCursor(listBillsPage(ctx, query, todayIso(), PAGE_SIZE)), billFacets(ctx)]);
  const { cursor, ...filters } = query;
  const hasFilters = Object.values(filters).some(Boolean);
  const withQuery = (extra: Record<string, string>) => {
    const params = new URLSearchParams(Object.entries({ ...filters, ...extra }).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
    return `/bills${params.size ? `?${params}` : ""}`;
  };
  const stateCounts = new Map<string, number>();
  for (const row of page.rows) stateCounts.set(row.status.state, (stateCounts.get(row.status.state) ?? 0) + 1);
  const isEmptyHousehold = !facets.vendors.length;

  return (
    <>
      <PageHeader title={tr("bills.title")} subtitle={tr("bills.subtitle")}>
        {ctx.canWrite && !isEmptyHousehold ? <ActionButton action={rerunMatchingAction} label={tr("bills.rerun")} pendingLabel={tr("bills.rerunning")} /> : null}
        {ctx.canManage ? <Link className="btn btn--ghost" href="/settings/konnectors">{tr("konnectors.nav")}</Link> : null}
      </PageHeader>
      <div className="stack">
        {ctx.canWrite ? <UploadPanel locale={ctx.locale} maxFiles={MAX_UPLOAD_FILES} maxFileMb={MAX_EINVOICE_BYTES / 1024 / 1024} /> : null}

        {isEmptyHousehold ? (
          <EmptyState title={tr("bills.empty.title")} body={tr("bills.empty.body")}>
            <BillsEmptyHelp locale={ctx.locale} householdId={ctx.householdId} canWrite={ctx.canWrite} />
          </EmptyState>
        ) : (
          <>
            <BillFilters locale={ctx.locale} values={filters} vendors={facets.vendors} types={facets.types}
              months={monthsBefore(todayIso().slice(0, 7), 36).map((value) => ({ value, label: formatMonth(value, ctx.locale) }))} />
            {page.rows.length === 0 ? (
              <EmptyState title={tr("bills.noMatch")}>{hasFilters ? <Link className="btn" href="/bills">{tr("bills.clearFilters")}</Link> : null}</EmptyState>
            ) : (
              <>
                <div className="totals" aria-label={tr("bills.pageSummary")}>
                  <div className="total">
                    <div className="total__label">{tr("bills.pageSummary")}</div>
                    <div className="total__value">{tCount(ctx.locale, "bills.count", page.rows.length)}</div>
                  </div>
                  {[...stateCounts].map(([state, count]) => (
                    <div className="total" key={state}>
                      <div className="total__label">{tr(`bills.state.${state}` as MessageKey)}</div>
                      <div className="total__value">{count}</div>
                    </div>
                  ))}
                </div>
                {page.groups.map((group) => (
                  <section key={`${group.month}-${group.vendor}`} aria-label={`${formatMonth(group.month, ctx.locale)} · ${group.vendor}`}>
                    <h2 className="row" style={{ justifyContent: "space-between", alignItems: "baseline" }}>
                      <span style={{ flex: "1 1 auto" }}>{formatMonth(group.month, ctx.locale)} · {group.vendor}</span>
                      <span className="small muted" style={{ flex: "0 0 auto" }}>
                        {tr("bills.groupTotal")} {group.totals.map((total) => <Money key={total.currency} minor={total.amountMinor} currency={total.currency} locale={ctx.locale} />)}
                      </span>
                    </h2>
                    <div className="table-wrap">
                      <table className="table bills-table">
                        <thead>
                          <tr>
                            <th scope="col">{tr("bills.col.date")}</th>
                            <th scope="col">{tr("bills.col.bill")}</th>
                            <th scope="col">{tr("bills.col.due")}</th>
                            <th scope="col">{tr("bills.col.state")}</th>
                            <th scope="col">{tr("bills.col.paidBy")}</th>
                            <th scope="col" className="num">{tr("bills.col.amount")}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {group.rows.map(({ bill, status, links }) => (
                            <tr key={bill.id}>
                              <td data-col="date">{formatDay(bill.date, ctx.locale)}</td>
                              <td data-col="bill">
                                <div className="table__label"><Link href={`/bills/${bill.id}`}>{bill.vendorRef ?? bill.vendor}</Link></div>
                                <div className="table__sub">{[billTypeName(bill.type, ctx.locale), bill.isRefund ? tr("bills.field.isRefund") : null].filter(Boolean).join(" · ")}</div>
                              </td>
                              <td className="small" data-col="due">{bill.dueDate ? <><span className="cell-label">{tr("bills.col.due")}: </span>{formatDay(bill.dueDate, ctx.locale)}</> : "—"}</td>
                              <td data-col="state">
                                <BillStateBadge state={status.state} locale={ctx.locale} />
                              </td>
                              <td className="small" data-col="paid">
                                {links.filter((l) => l.state !== "rejected").map((l) => (
                                  <div key={l.id}>{tr(`bills.kind.${l.kind}` as MessageKey)}: {formatDay(l.transaction.date, ctx.locale)} · {l.transaction.label}</div>
                                ))}
                              </td>
                              <td className="num" data-col="amount"><Money minor={bill.amountMinor} currency={bill.currency} locale={ctx.locale} /></td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  </section>
                ))}
              </>
            )}
            <nav className="pager" aria-label={tr("bills.pagination")}>
              {cursor ? <Link href={withQuery({})}>{tr("bills.newest")}</Link> : <span />}
              {page.nextCursor ? <Link href={withQuery({ cursor: page.nextCursor })}>{tr("bills.older")}</Link> : null}
            </nav>
          </>
        )}
      </div>
    </>
  );
}
