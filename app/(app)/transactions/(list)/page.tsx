import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { emptyText } from "@/components/empty-messages";
import { Money } from "@/components/money";
import { PageHeader } from "@/components/page-header";
import { ExplorerFilters } from "@/components/insights/explorer-filters";
import { resolveExplorerPeriod } from "@/components/insights/explorer-period";
import { BulkBar } from "@/components/transactions/bulk-bar";
import { TransactionTable } from "@/components/transactions/transaction-table";
import { categoryChoices, labelCategory, loadCustomCategories } from "@/lib/categorizer/ui/categories";
import { listAccountNames } from "@/lib/categorizer/ui/transactions";
import { loadExplorerPage, loadExplorerTotals } from "@/lib/insights/explorer";
import { explorerQuery, parseExplorerCursor, parseExplorerFilter, type SearchParams } from "@/lib/insights/shape/filters";
import { todayIso } from "@/lib/dates";
import { requireHouseholdContext } from "@/lib/http/session";
import { readCursorOrNotFound } from "@/lib/http/bad-cursor";
import { tCount, translator } from "@/lib/i18n";
import { bulkAction, restoreAction } from "../bulk-actions";
import { recategorizeHouseholdAction } from "../categorize-actions";
import { loadCategoryOrigins } from "../origins";
import { RerunForm } from "../rerun-form";
import { ct } from "../../connections/messages";
import { localizedTitle } from "@/components/page-title";

export const generateMetadata = localizedTitle("tx.title");

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Every transaction of the household: filters, keyset pages, totals, bulk changes and the CSV export of the filter. */
export default async function TransactionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireHouseholdContext();
  const tr = translator(ctx.locale);
  const params = await searchParams;
  const period = resolveExplorerPeriod(one(params.period), todayIso(), one(params.from), one(params.to));
  const filter = { ...parseExplorerFilter(params, ctx.currency), from: period.from, to: period.to };
  const cursor = readCursorOrNotFound(() => parseExplorerCursor(one(params.cursor)));
  const [page, totals, accounts, custom] = await Promise.all([
    loadExplorerPage(ctx, filter, cursor),
    loadExplorerTotals(ctx, filter),
    listAccountNames(ctx),
    loadCustomCategories(ctx),
  ]);
  const origins = await loadCategoryOrigins(ctx, page.rows.map((r) => r.id));
  const choices = categoryChoices(custom, ctx.locale);
  const keep: Record<string, string> = period.choice === "all" || period.choice === "custom" ? {} : { period: period.choice };
  const query = explorerQuery(filter, ctx.currency, keep);
  // No filter and nothing found: the household has no transaction at all, so say how to get some.
  const isUnfiltered = query === "" && !cursor;
  const done = one(params.done);
  const deleted = one(params.deleted);
  const restored = one(params.restored);
  const restore = one(params.restore);
  const notice = deleted ? tCount(ctx.locale, "explore.bulk.deleted", Number(deleted)) : restored ? tCount(ctx.locale, "tx.restored", Number(restored))
    : done ? tCount(ctx.locale, "explore.bulk.done", Number(done)) : null;
  const error = one(params.error);
  const table = (
    <TransactionTable rows={page.rows} locale={ctx.locale} canWrite={ctx.canWrite} origins={origins}
      labelOf={(id) => labelCategory(id, custom, ctx.locale)} tagHref={(tag) => `/transactions?${explorerQuery({ tags: [tag] }, ctx.currency)}`} />
  );
  return (
    <>
      <PageHeader title={tr("tx.title")} subtitle={tr("tx.explorer.subtitle")}>
        <a className="btn" href={`/api/export/transactions?${query}`} download>{tr("explore.export")}</a>
        <Link className="btn btn--ghost" href="/rules">{tr("nav.rules")}</Link>
        <Link className="btn btn--ghost" href="/categories">{tr("nav.categories")}</Link>
      </PageHeader>
      <div className="stack">
        {notice ? (
          <div className="alert alert--success notice-bar" role="status">
            <span>{notice}</span>
            {deleted && restore && ctx.canWrite ? (
              <form action={restoreAction}>
                <input type="hidden" name="query" value={query} />
                <input type="hidden" name="restore" value={restore} />
                <button type="submit" className="btn btn--small">{tr("tx.undo")}</button>
              </form>
            ) : null}
          </div>
        ) : null}
        {error ? <p className="alert alert--error" role="alert">{error}</p> : null}
        {!ctx.canWrite ? <p className="alert alert--info">{tr("common.readOnly")}</p> : null}
        <ExplorerFilters action="/transactions" filter={filter} period={period} accounts={accounts} categories={choices} currency={ctx.currency} locale={ctx.locale} />
        <section className="totals" aria-label={tr("explore.total")}>
          {totals.map((t) => (
            <div className="total" key={t.currency}>
              <div className="total__label">{tr("explore.total")} · {tCount(ctx.locale, "explore.count", t.count)}</div>
              <div className="total__value"><Money minor={t.totalMinor} currency={t.currency} locale={ctx.locale} isSigned isColored /></div>
            </div>
          ))}
        </section>
        {page.rows.length === 0 && isUnfiltered ? (
          <EmptyState title={emptyText(ctx.locale, "transactions.title")} body={emptyText(ctx.locale, "transactions.body")}>
            {ctx.canWrite ? <Link className="btn btn--primary" href="/import">{tr("dashboard.import")}</Link> : null}
            <Link className="btn" href="/connections">{ct(ctx.locale, "nav")}</Link>
          </EmptyState>
        ) : page.rows.length === 0 ? <EmptyState title={tr("explore.empty")}><Link className="btn" href="/transactions">{tr("explore.reset")}</Link></EmptyState> : ctx.canWrite ? (
          <form action={bulkAction} className="stack">
            <input type="hidden" name="query" value={query} />
            <BulkBar choices={choices} locale={ctx.locale} />
            {table}
          </form>
        ) : table}
        <nav className="pager" aria-label={tr("ui.pagination")}>
          {cursor ? <Link className="btn" href={`/transactions?${query}`}>{tr("explore.first")}</Link> : <span />}
          {page.nextCursor ? <Link className="btn" href={`/transactions?${explorerQuery(filter, ctx.currency, { ...keep, cursor: page.nextCursor })}`}>{tr("explore.next")}</Link> : null}
        </nav>
        {ctx.canWrite && !(page.rows.length === 0 && isUnfiltered) ? <RerunForm action={recategorizeHouseholdAction} label={tr("tx.rerun")} pendingLabel={tr("common.saving")} hint={tr("tx.rerunHint")} /> : null}
      </div>
    </>
  );
}
