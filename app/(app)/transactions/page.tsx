import type { Metadata } from "next";
import Link from "next/link";
import { CategoryDot } from "@/components/categories/category-dot";
import { CategorySelect } from "@/components/categories/category-select";
import { explainCategory } from "@/components/categories/why";
import { EmptyState } from "@/components/empty-state";
import { Money } from "@/components/money";
import { PageHeader } from "@/components/page-header";
import { categoryChoices, labelCategory, loadCustomCategories } from "@/lib/categorizer/ui/categories";
import { listAccountNames, listCategorizedTransactions } from "@/lib/categorizer/ui/transactions";
import { requireHouseholdContext } from "@/lib/http/session";
import { translator } from "@/lib/i18n";
import { formatDay } from "@/lib/i18n/format";
import { BulkCategorizeForm } from "./bulk-form";
import { bulkRecategorizeAction, recategorizeHouseholdAction } from "./categorize-actions";
import { RerunForm } from "./rerun-form";

export const metadata: Metadata = { title: "Transactions" };

const PAGE_SIZE = 50;

type Search = { q?: string; account?: string; category?: string; uncategorized?: string; cursor?: string };

export default async function TransactionsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const ctx = await requireHouseholdContext();
  const tr = translator(ctx.locale);
  const { q = "", account = "", category = "", uncategorized = "", cursor } = await searchParams;
  const [custom, accounts, page] = await Promise.all([
    loadCustomCategories(ctx),
    listAccountNames(ctx),
    listCategorizedTransactions(ctx, { search: q, accountId: account || undefined, categoryId: category || undefined, isUncategorizedOnly: uncategorized === "1", cursor, limit: PAGE_SIZE }),
  ]);
  const choices = categoryChoices(custom, ctx.locale);
  const filters = Object.fromEntries(Object.entries({ q, account, category, uncategorized }).filter(([, value]) => value));
  const withQuery = (extra: Record<string, string>) => `/transactions?${new URLSearchParams({ ...filters, ...extra })}`;

  const table = (
    <div className="table-wrap">
      <table className="table table--stack">
        <caption className="sr-only">{tr("tx.title")}</caption>
        <thead>
          <tr>
            {ctx.canWrite ? <th scope="col"><span className="sr-only">{tr("tx.col.select")}</span></th> : null}
            <th scope="col">{tr("transaction.col.date")}</th>
            <th scope="col">{tr("transaction.col.label")}</th>
            <th scope="col">{tr("transaction.col.category")}</th>
            <th scope="col" className="num">{tr("transaction.col.amount")}</th>
            {ctx.canWrite ? <th scope="col"><span className="sr-only">{tr("tx.categorize")}</span></th> : null}
          </tr>
        </thead>
        <tbody>
          {page.rows.map((row) => {
            const label = labelCategory(row.categoryId, custom, ctx.locale);
            const why = explainCategory(row, ctx.locale);
            return (
              <tr key={row.id}>
                {ctx.canWrite ? (
                  <td data-col="select"><input type="checkbox" name="ids" value={row.id} aria-label={`${tr("tx.col.select")}: ${row.label}`} /></td>
                ) : null}
                <td data-col="date">{formatDay(row.date, ctx.locale, "short")}</td>
                <td>
                  <div className="table__label">{row.label}{row.status === "pending" ? <> <span className="badge">{tr("transaction.pending")}</span></> : null}</div>
                  <div className="table__sub" title={row.rawLabel}>{row.accountName} · {row.rawLabel}</div>
                </td>
                <td data-col="category" className="small">
                  <details>
                    <summary title={`${tr("why.title")}: ${why}`}><CategoryDot name={label.name} color={label.color} /></summary>
                    <span className="muted">{why}</span>
                  </details>
                </td>
                <td className="num"><Money minor={row.amountMinor} currency={row.currency} locale={ctx.locale} isColored /></td>
                {ctx.canWrite ? (
                  <td data-col="actions"><Link className="btn btn--ghost btn--small" href={`/transactions/${row.id}/categorize`} aria-label={`${tr("tx.categorize")}: ${row.label}`}>{tr("tx.categorize")}</Link></td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );

  return (
    <>
      <PageHeader title={tr("tx.title")} subtitle={tr("tx.subtitle")}>
        <Link className="btn" href="/rules">{tr("nav.rules")}</Link>
        <Link className="btn" href="/categories">{tr("nav.categories")}</Link>
      </PageHeader>
      <div className="stack">
        {ctx.canWrite ? <RerunForm action={recategorizeHouseholdAction} label={tr("tx.rerun")} pendingLabel={tr("common.saving")} hint={tr("tx.rerunHint")} /> : <p className="muted">{tr("common.readOnly")}</p>}

        <form className="search" role="search" action="/transactions">
          <label htmlFor="q" className="sr-only">{tr("account.searchLabel")}</label>
          <input id="q" name="q" type="search" className="input" defaultValue={q} placeholder={tr("account.searchPlaceholder")} />
          <select name="account" className="select" defaultValue={account} aria-label={tr("tx.filter.account")}>
            <option value="">{tr("tx.filter.account")}: {tr("common.all")}</option>
            {accounts.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </select>
          <CategorySelect id="category" choices={choices} defaultValue={category} label={tr("tx.filter.category")} includeEmpty emptyLabel={`${tr("tx.filter.category")}: ${tr("common.all")}`} />
          <label className="checkbox"><input type="checkbox" name="uncategorized" value="1" defaultChecked={uncategorized === "1"} /> {tr("tx.filter.uncategorized")}</label>
          <button type="submit" className="btn">{tr("tx.filter.apply")}</button>
          {Object.keys(filters).length ? <Link className="btn btn--ghost" href="/transactions">{tr("common.clear")}</Link> : null}
        </form>

        {page.rows.length === 0 ? <EmptyState title={tr("tx.empty")} /> : ctx.canWrite ? (
          <BulkCategorizeForm action={bulkRecategorizeAction} selectAllLabel={tr("tx.selectAll")} applyLabel={tr("tx.bulk.apply")} pendingLabel={tr("common.saving")}
            categorySelect={<CategorySelect id="categoryId" choices={choices} label={tr("tx.bulk.category")} />}>
            {table}
          </BulkCategorizeForm>
        ) : table}

        <nav className="pager" aria-label="Pagination">
          {cursor ? <Link href={withQuery({})}>{tr("account.newest")}</Link> : <span />}
          {page.nextCursor ? <Link href={withQuery({ cursor: page.nextCursor })}>{tr("account.older")}</Link> : null}
        </nav>
      </div>
    </>
  );
}
