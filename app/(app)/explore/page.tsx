import type { Metadata } from "next";
import Link from "next/link";
import { Money } from "@/components/money";
import { PageHeader } from "@/components/page-header";
import { BulkDeleteButton } from "@/components/insights/bulk-delete-button";
import { ExplorerFilters } from "@/components/insights/explorer-filters";
import { listAccountsWithNames } from "./accounts";
import { loadExplorerPage, loadExplorerTotals } from "@/lib/insights/explorer";
import { decodeCursor, explorerQuery, parseExplorerFilter } from "@/lib/insights/shape/filters";
import { selectCustomCategories } from "@/lib/categorizer/db/rows";
import { buildCategoryTree, categoryName, flattenCategoryTree } from "@/lib/categorizer/tree";
import { raw } from "@/lib/db/raw";
import { requireHouseholdContext } from "@/lib/http/session";
import { tCount, translator } from "@/lib/i18n";
import { formatDay } from "@/lib/i18n/format";
import { bulkAction } from "./actions";

export const metadata: Metadata = { title: "Explore" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function ExplorePage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await requireHouseholdContext();
  const tr = translator(ctx.locale);
  const params = await searchParams;
  const filter = parseExplorerFilter(params, ctx.currency);
  const cursor = decodeCursor(one(params.cursor));
  const [page, totals, accounts, custom] = await Promise.all([
    loadExplorerPage(ctx, filter, cursor),
    loadExplorerTotals(ctx, filter),
    listAccountsWithNames(ctx.householdId),
    selectCustomCategories(raw(), ctx.householdId),
  ]);
  const categories = flattenCategoryTree(buildCategoryTree(custom)).filter(({ node }) => !node.isHidden)
    .map(({ node, depth }) => ({ id: node.id, name: ctx.locale === "fr" ? node.nameFr : node.nameEn, depth }));
  const query = explorerQuery(filter, ctx.currency);
  const notice = one(params.deleted) ? tCount(ctx.locale, "explore.bulk.deleted", Number(one(params.deleted))) : one(params.done) ? tCount(ctx.locale, "explore.bulk.done", Number(one(params.done))) : null;
  const error = one(params.error);
  return (
    <>
      <PageHeader title={tr("explore.title")} subtitle={tr("explore.subtitle")}>
        <a className="btn" href={`/api/export/transactions?${query}`} download>{tr("explore.export")}</a>
      </PageHeader>
      <div className="stack">
        {notice ? <p className="alert alert--success" role="status">{notice}</p> : null}
        {error ? <p className="alert alert--error" role="alert">{error}</p> : null}
        <ExplorerFilters filter={filter} accounts={accounts} categories={categories} currency={ctx.currency} locale={ctx.locale} />
        <section className="totals" aria-label={tr("explore.total")}>
          {totals.map((t) => (
            <div className="total" key={t.currency}>
              <div className="total__label">{tr("explore.total")} · {tCount(ctx.locale, "explore.count", t.count)}</div>
              <div className="total__value"><Money minor={t.totalMinor} currency={t.currency} locale={ctx.locale} isSigned isColored /></div>
            </div>
          ))}
        </section>
        {page.rows.length === 0 ? <p className="muted">{tr("explore.empty")}</p> : (
          <form action={bulkAction}>
            <input type="hidden" name="query" value={query} />
            {ctx.canWrite ? (
              <fieldset className="card bulk-bar">
                <legend>{tr("explore.bulk.title")}</legend>
                <label className="field">{tr("explore.bulk.category")}
                  <select name="categoryId" className="select">
                    {categories.map((c) => <option key={c.id} value={c.id}>{"\u00a0\u00a0".repeat(c.depth)}{c.name}</option>)}
                  </select>
                </label>
                <button type="submit" name="op" value="category" className="btn">{tr("explore.bulk.category")}</button>
                <label className="field">{tr("explore.bulk.tagName")}<input name="tag" className="input" maxLength={40} /></label>
                <button type="submit" name="op" value="tag" className="btn">{tr("explore.bulk.tag")}</button>
                <BulkDeleteButton label={tr("explore.bulk.delete")} question={tr("explore.bulk.deleteQuestion")} confirmLabel={tr("explore.bulk.confirm")} cancelLabel={tr("explore.bulk.cancel")} />
              </fieldset>
            ) : null}
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    {ctx.canWrite ? <th><span className="sr-only">{tr("tx.col.select")}</span></th> : null}
                    <th>{tr("explore.col.date")}</th><th>{tr("explore.col.label")}</th><th>{tr("explore.col.account")}</th><th>{tr("explore.col.category")}</th><th className="num">{tr("explore.col.amount")}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.rows.map((row) => (
                    <tr key={row.id}>
                      {ctx.canWrite ? <td><input type="checkbox" name="ids" value={row.id} aria-label={`${tr("tx.col.select")} ${row.label}`} /></td> : null}
                      <td>{formatDay(row.date, ctx.locale, "short")}</td>
                      <td>
                        <Link href={`/transactions/${row.id}`} className="table__label">{row.payee ?? row.label}</Link>
                        <div className="table__sub">
                          {row.payee ? row.label : null}
                          {row.status === "pending" ? <span className="badge"> {tr("explore.pending")}</span> : null}
                          {row.transferId ? <span className="badge"> {tr("explore.transfer")}</span> : null}
                          {row.tags.map((tag) => <Link key={tag} className="badge" href={`/explore?${explorerQuery({ tags: [tag] }, ctx.currency)}`}>#{tag}</Link>)}
                        </div>
                      </td>
                      <td className="small">{row.accountName}</td>
                      <td className="small">{categoryName(row.categoryId, ctx.locale, custom)}</td>
                      <td className="num"><Money minor={row.amountMinor} currency={row.currency} locale={ctx.locale} isSigned isColored /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </form>
        )}
        <nav className="form-actions" aria-label="pagination">
          {cursor ? <Link className="btn" href={`/explore?${query}`}>{tr("explore.first")}</Link> : null}
          {page.nextCursor ? <Link className="btn" href={`/explore?${explorerQuery(filter, ctx.currency, { cursor: page.nextCursor })}`}>{tr("explore.next")}</Link> : null}
        </nav>
      </div>
    </>
  );
}
