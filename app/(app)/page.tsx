import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { LoadDemoForm } from "@/lib/demo/ui/load-demo-form";
import { Money } from "@/components/money";
import { PageHeader } from "@/components/page-header";
import { listAccountsWithBalances, totalsByCurrency, type AccountWithBalance } from "@/lib/accounts/accounts";
import { requireHouseholdContext } from "@/lib/http/session";
import { tCount, translator, type Locale, type MessageKey } from "@/lib/i18n";
import { formatDay } from "@/lib/i18n/format";

export const metadata: Metadata = { title: "Accounts" };

function AccountCard({ account, locale }: { account: AccountWithBalance; locale: Locale }) {
  const tr = translator(locale);
  return (
    <Link href={`/accounts/${account.id}`} className={`card account-card${account.closedAt ? " account-card--closed" : ""}`}>
      <span className="account-card__name">{account.name}</span>
      <span className="muted small">
        {tr(`accountType.${account.type}` as MessageKey)}{account.institution ? ` · ${account.institution}` : ""}{account.closedAt ? ` · ${tr("account.closed")}` : ""}
      </span>
      <span className="account-card__balance"><Money minor={account.balanceMinor} currency={account.currency} locale={locale} isColored /></span>
      <span className="muted small">
        {account.transactionCount ? tCount(locale, "dashboard.transactions", account.transactionCount) : tr("dashboard.noTransactions")}
        {account.lastDate ? ` · ${tr("dashboard.lastDate", { date: formatDay(account.lastDate, locale) })}` : ""}
      </span>
    </Link>
  );
}

export default async function DashboardPage() {
  const ctx = await requireHouseholdContext();
  const tr = translator(ctx.locale);
  const accounts = await listAccountsWithBalances(ctx);
  const open = accounts.filter((a) => !a.closedAt);
  const closed = accounts.filter((a) => a.closedAt);
  const totals = totalsByCurrency(accounts);
  return (
    <>
      <PageHeader title={tr("dashboard.title")} subtitle={tr("dashboard.subtitle", { household: ctx.householdName })}>
        {ctx.canWrite ? (
          <>
            <Link className="btn" href="/import">{tr("dashboard.import")}</Link>
            <Link className="btn btn--primary" href="/accounts/new">{tr("dashboard.newAccount")}</Link>
          </>
        ) : null}
      </PageHeader>
      {!ctx.canWrite ? <p className="alert alert--info">{tr("common.readOnly")}</p> : null}
      {accounts.length === 0 ? (
        <EmptyState title={tr("dashboard.empty.title")} body={tr("dashboard.empty.body")}>
          {ctx.canWrite ? (
            <>
              <Link className="btn btn--primary" href="/accounts/new">{tr("dashboard.newAccount")}</Link>
              <Link className="btn" href="/import">{tr("dashboard.import")}</Link>
            </>
          ) : null}
          {ctx.canWrite ? <LoadDemoForm locale={ctx.locale} /> : null}
        </EmptyState>
      ) : (
        <div className="stack">
          {totals.length ? (
            <section className="totals" aria-label={tr("account.balance")}>
              {totals.map((total) => (
                <div className="total" key={total.currency}>
                  <div className="total__label">{tr("dashboard.total", { currency: total.currency })}</div>
                  <div className="total__value"><Money minor={total.totalMinor} currency={total.currency} locale={ctx.locale} /></div>
                </div>
              ))}
            </section>
          ) : null}
          <section className="grid" aria-label={tr("dashboard.title")}>
            {open.map((account) => <AccountCard key={account.id} account={account} locale={ctx.locale} />)}
          </section>
          {closed.length ? (
            <section>
              <h2>{tr("dashboard.closedAccounts")}</h2>
              <div className="grid">{closed.map((account) => <AccountCard key={account.id} account={account} locale={ctx.locale} />)}</div>
            </section>
          ) : null}
        </div>
      )}
    </>
  );
}
