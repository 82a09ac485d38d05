/**
 * One page of transactions: date, label (payee, account, tags, pending/transfer badges), category with why it
 * was chosen, amount, and for writers a selection box and the categorize link. On a phone each row becomes a
 * small card (globals.css, .tx-table).
 */
import Link from "next/link";
import { CategoryDot } from "@/components/categories/category-dot";
import { explainCategory, type CategoryOrigin } from "@/components/categories/why";
import { Money } from "@/components/money";
import type { CategoryLabel } from "@/lib/categorizer/ui/categories";
import type { ExplorerRow } from "@/lib/insights/explorer";
import { translator, type Locale } from "@/lib/i18n";
import { formatDay } from "@/lib/i18n/format";

export function TransactionTable({ rows, locale, canWrite, labelOf, origins, tagHref }: {
  rows: ExplorerRow[];
  locale: Locale;
  canWrite: boolean;
  labelOf: (categoryId: string) => CategoryLabel;
  origins: Map<string, CategoryOrigin>;
  tagHref: (tag: string) => string;
}) {
  const tr = translator(locale);
  return (
    <div className="table-wrap">
      <table className="table tx-table">
        <caption className="sr-only">{tr("tx.title")}</caption>
        <thead>
          <tr>
            {canWrite ? <th scope="col"><span className="sr-only">{tr("tx.col.select")}</span></th> : null}
            <th scope="col">{tr("explore.col.date")}</th>
            <th scope="col">{tr("explore.col.label")}</th>
            <th scope="col">{tr("explore.col.category")}</th>
            <th scope="col" className="num">{tr("explore.col.amount")}</th>
            {canWrite ? <th scope="col"><span className="sr-only">{tr("tx.categorize")}</span></th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const category = labelOf(row.categoryId);
            const origin = origins.get(row.id);
            const why = origin ? explainCategory(origin, locale) : null;
            return (
              <tr key={row.id}>
                {canWrite ? <td data-col="select"><input type="checkbox" name="ids" value={row.id} aria-label={`${tr("tx.col.select")}: ${row.label}`} /></td> : null}
                <td data-col="date">{formatDay(row.date, locale)}</td>
                <td data-col="label">
                  <Link href={`/transactions/${row.id}`} className="table__label">{row.payee ?? row.label}</Link>
                  <div className="table__sub">
                    {row.payee && row.payee.toLowerCase() !== row.label.toLowerCase() ? `${row.label} · ` : null}{row.accountName}
                    {row.status === "pending" ? <> <span className="badge">{tr("explore.pending")}</span></> : null}
                    {row.transferId ? <> <span className="badge">{tr("explore.transfer")}</span></> : null}
                    {row.tags.map((tag) => <Link key={tag} className="badge" href={tagHref(tag)}>#{tag}</Link>)}
                  </div>
                </td>
                <td data-col="category" className="small">
                  {why ? (
                    <details className="why">
                      <summary title={`${tr("why.title")}: ${why}`}><CategoryDot name={category.name} color={category.color} /></summary>
                      <span className="muted">{why}</span>
                    </details>
                  ) : <CategoryDot name={category.name} color={category.color} />}
                </td>
                <td data-col="amount" className="num"><Money minor={row.amountMinor} currency={row.currency} locale={locale} isColored /></td>
                {canWrite ? (
                  <td data-col="actions">
                    <Link className="btn btn--ghost btn--small" href={`/transactions/${row.id}/categorize`} aria-label={`${tr("tx.categorize")}: ${row.label}`}>{tr("tx.categorize")}</Link>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
