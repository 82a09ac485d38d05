import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { Money } from "@/components/money";
import { PageHeader } from "@/components/page-header";
import { getAccountWithBalance } from "@/lib/accounts/accounts";
import { categoryName } from "@/lib/categorizer/tree";
import { orNotFound, requireHouseholdContext } from "@/lib/http/session";
import { orNotFoundOnBadCursor } from "@/lib/http/bad-cursor";
import { translator, type MessageKey } from "@/lib/i18n";
import { formatDay } from "@/lib/i18n/format";
import { listTransactions } from "@/lib/transactions/list";
import { rt } from "../../recurring/messages";
import { localizedTitle } from "@/components/page-title";

export const generateMetadata = localizedTitle("txcat.account");

const PAGE_SIZE = 50;

export default async function AccountPage({ params, searchParams }: {
  params: Promise<{ accountId: string }>;
  searchParams: Promise<{ q?: string; cursor?: string }>;
}) {
  const ctx = await requireHouseholdContext();
  const tr = translator(ctx.locale);
  const { accountId } = await params;
  const { q = "", cursor } = await searchParams;
  const account = await orNotFound(getAccountWithBalance(ctx, accountId));
  const page = await orNotFoundOnBadCursor(listTransactions(ctx, { accountId: account.id, search: q, cursor, limit: PAGE_SIZE }));
  const base = `/accounts/${account.id}`;
  const withQuery = (extra: Record<string, string>) => `${base}?${new URLSearchParams({ ...(q ? { q } : {}), ...extra })}`;
  const subtitle = [tr(`accountType.${account.type}` as MessageKey), account.institution, account.iban, account.closedAt ? tr("account.closed") : null].filter(Boolean).join(" · ");

  return (
    <>
      <PageHeader title={account.name} subtitle={subtitle} back={{ href: "/", label: tr("nav.dashboard") }}>
        <Link className="btn" href={`${base}/balance`}>{rt(ctx.locale, "balance.link")}</Link>
        {ctx.canWrite ? (
          <>
            <Link className="btn" href={`${base}/edit`}>{tr("common.edit")}</Link>
            {!account.closedAt ? <Link className="btn btn--primary" href={`${base}/transactions/new`}>{tr("account.addTransaction")}</Link> : null}
          </>
        ) : null}
      </PageHeader>

      <div className="totals" style={{ marginBottom: "var(--space-5)" }}>
        <div className="total">
          <div className="total__label">{tr("account.balance")}</div>
          <div className="total__value"><Money minor={account.balanceMinor} currency={account.currency} locale={ctx.locale} isColored /></div>
        </div>
        {account.reportedBalanceMinor !== null && account.reportedBalanceDate ? (
          <div className="total">
            <div className="total__label">{tr("account.reported", { date: formatDay(account.reportedBalanceDate, ctx.locale) })}</div>
            <div className="total__value"><Money minor={account.reportedBalanceMinor} currency={account.currency} locale={ctx.locale} /></div>
          </div>
        ) : null}
      </div>

      <form className="search" role="search" action={base}>
        <label htmlFor="q" className="sr-only">{tr("account.searchLabel")}</label>
        <input id="q" name="q" type="search" className="input" defaultValue={q} placeholder={tr("account.searchPlaceholder")} />
        <button type="submit" className="btn">{tr("common.search")}</button>
        {q ? <Link className="btn btn--ghost" href={base}>{tr("common.clear")}</Link> : null}
      </form>

      {page.rows.length === 0 ? (
        q ? <EmptyState title={tr("account.noMatch", { query: q })} /> : (
          <EmptyState title={tr("account.empty.title")} body={tr("account.empty.body")}>
            {ctx.canWrite && !account.closedAt ? (
              <>
                <Link className="btn btn--primary" href={`${base}/transactions/new`}>{tr("account.addTransaction")}</Link>
                <Link className="btn" href={`/import?account=${account.id}`}>{tr("dashboard.import")}</Link>
              </>
            ) : null}
          </EmptyState>
        )
      ) : (
        <div className="table-wrap">
          <table className="table table--stack">
            <caption className="sr-only">{account.name}</caption>
            <thead>
              <tr>
                <th scope="col">{tr("transaction.col.date")}</th>
                <th scope="col">{tr("transaction.col.label")}</th>
                <th scope="col">{tr("transaction.col.category")}</th>
                <th scope="col" className="num">{tr("transaction.col.amount")}</th>
                {ctx.canWrite ? <th scope="col"><span className="sr-only">{tr("common.edit")}</span></th> : null}
              </tr>
            </thead>
            <tbody>
              {page.rows.map((row) => (
                <tr key={row.id}>
                  <td data-col="date">{formatDay(row.date, ctx.locale)}</td>
                  <td>
                    <div className="table__label">{row.label}{row.status === "pending" ? <> <span className="badge">{tr("transaction.pending")}</span></> : null}</div>
                    {row.note ? <div className="table__sub">{row.note}</div> : null}
                  </td>
                  <td data-col="category" className="muted small">{categoryName(row.categoryId, ctx.locale)}</td>
                  <td className="num"><Money minor={row.amountMinor} currency={row.currency} locale={ctx.locale} isColored /></td>
                  {ctx.canWrite ? (
                    <td data-col="actions"><Link className="btn btn--ghost btn--small" href={`/transactions/${row.id}/edit`} aria-label={`${tr("common.edit")}: ${row.label}`}>{tr("common.edit")}</Link></td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="pager" aria-label={tr("ui.pagination")}>
        {cursor ? <Link href={q ? withQuery({}) : base}>{tr("account.newest")}</Link> : <span />}
        {page.nextCursor ? <Link href={withQuery({ cursor: page.nextCursor })}>{tr("account.older")}</Link> : null}
      </nav>
    </>
  );
}
