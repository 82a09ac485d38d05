import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { LoadDemoForm } from "@/lib/demo/ui/load-demo-form";
import { Money } from "@/components/money";
import { PageHeader } from "@/components/page-header";
import { BalanceChart } from "@/components/charts/balance-chart";
import { MonthChart } from "@/components/charts/month-chart";
import { BudgetAlerts } from "@/components/insights/budget-alerts";
import { PeriodPicker } from "@/components/insights/period-picker";
import { RatesForm } from "@/components/insights/rates-form";
import { SpendingDonut } from "@/components/insights/spending-donut";
import { Summary } from "@/components/insights/summary";
import { TopPayees } from "@/components/insights/top-payees";
import type { AccountSummary } from "@/lib/insights/balances";
import { loadBudgetProgress } from "@/lib/insights/budget-progress";
import { recordBudgetAlerts } from "@/lib/insights/budget-alerts";
import { loadDashboard } from "@/lib/insights/dashboard";
import { listRates } from "@/lib/insights/rates";
import { balanceChart, monthChart } from "@/lib/insights/shape/chart";
import { resolvePeriod } from "@/lib/insights/shape/period";
import { selectCustomCategories } from "@/lib/categorizer/db/rows";
import { raw } from "@/lib/db/raw";
import { todayIso } from "@/lib/dates";
import { requireHouseholdContext } from "@/lib/http/session";
import { currencyExponent } from "@/lib/money";
import { tCount, translator, type Locale, type MessageKey } from "@/lib/i18n";
import { formatDay } from "@/lib/i18n/format";
import { deleteRateAction, saveRateAction } from "../budgets/actions";
import { localizedTitle } from "@/components/page-title";

export const generateMetadata = localizedTitle("dashboard.title");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function AccountCard({ account, locale }: { account: AccountSummary; locale: Locale }) {
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

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await requireHouseholdContext();
  const tr = translator(ctx.locale);
  const params = await searchParams;
  const today = todayIso();
  const period = resolvePeriod(one(params.period), today, one(params.from), one(params.to));
  const isBookedOnly = one(params.booked) === "1";
  const drill = one(params.cat) ?? null;
  const [data, progress, rates, custom] = await Promise.all([
    loadDashboard(ctx, period, { isIncludingPending: !isBookedOnly }),
    loadBudgetProgress(ctx, today.slice(0, 7)),
    listRates(ctx),
    selectCustomCategories(raw(), ctx.householdId),
  ]);
  // Budget alerts become notifications once per budget and month (dedupKey), however often this page loads.
  await recordBudgetAlerts(ctx, progress, ctx.locale);
  const accounts = data.accounts;
  const open = accounts.filter((a) => !a.closedAt);
  const closed = accounts.filter((a) => a.closedAt);
  const balanceTotals = data.currencies.map((currency) => ({ currency, totalMinor: open.filter((a) => a.currency === currency).reduce((s, a) => s + a.balanceMinor, 0n) }));
  const chosen = one(params.cur);
  const chartCurrency = chosen && data.currencies.includes(chosen) ? chosen : data.currencies.includes(ctx.currency) ? ctx.currency : data.currencies[0] ?? ctx.currency;
  const baseQuery: Record<string, string> = { period: period.preset, from: period.from, to: period.to, ...(isBookedOnly ? { booked: "1" } : {}), cur: chartCurrency };
  const dashboardQuery = (extra: Record<string, string>) => new URLSearchParams({ ...baseQuery, ...extra }).toString();
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  const exponent = currencyExponent(chartCurrency);
  const balanceSeries = data.balances.find((s) => s.currency === chartCurrency);
  const months = data.months.find((m) => m.currency === chartCurrency);
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
        <EmptyState title={tr("dashboard.empty.title")} body={tr("dashboard.empty.body")} footer={ctx.canWrite ? <LoadDemoForm locale={ctx.locale} /> : undefined}>
          {ctx.canWrite ? (
            <>
              <Link className="btn btn--primary" href="/accounts/new">{tr("dashboard.newAccount")}</Link>
              <Link className="btn" href="/import">{tr("dashboard.import")}</Link>
            </>
          ) : null}
        </EmptyState>
      ) : (
        <div className="stack">
          <BudgetAlerts progress={progress} locale={ctx.locale} custom={custom} />
          <section aria-labelledby="accounts-title">
            <h2 id="accounts-title">{tr("ui.dashboard.accounts")}</h2>
            <div className="grid">{open.map((account) => <AccountCard key={account.id} account={account} locale={ctx.locale} />)}</div>
          </section>
          <PeriodPicker period={period} locale={ctx.locale} isBookedOnly={isBookedOnly} drill={drill ?? undefined} />
          {data.currencies.length > 1 ? (
            <nav className="tabs" aria-label={tr("budgets.currency")}>
              {data.currencies.map((c) => <Link key={c} href={`/?${dashboardQuery({ cur: c })}`} aria-current={c === chartCurrency ? "page" : undefined}>{c}</Link>)}
            </nav>
          ) : null}
          <Summary balances={balanceTotals} periodTotals={data.periodTotals} rates={rates} householdCurrency={ctx.currency} locale={ctx.locale} />
          <section className="card">
            <h2>{tr("insights.balanceHistory")} · {chartCurrency}</h2>
            {balanceSeries ? (
              <BalanceChart {...balanceChart(balanceSeries, names, tr("insights.total"))} currency={chartCurrency} locale={ctx.locale} exponent={exponent} label={tr("insights.balanceHistory")} />
            ) : null}
          </section>
          <div className="insights-grid">
            <SpendingDonut sums={data.categorySums} currency={chartCurrency} drill={drill} period={period} dashboardQuery={dashboardQuery} locale={ctx.locale} custom={custom} />
            <TopPayees payees={data.topPayees.filter((p) => p.currency === chartCurrency)} period={period} locale={ctx.locale} />
          </div>
          <section className="card">
            <h2>{tr("insights.incomeVsExpenses")} · {chartCurrency}</h2>
            {months ? (
              <MonthChart rows={monthChart(months.buckets)} currency={chartCurrency} locale={ctx.locale} exponent={exponent} incomeLabel={tr("insights.income")} expensesLabel={tr("insights.expenses")} label={tr("insights.incomeVsExpenses")} />
            ) : null}
            <p className="muted small">{tr("insights.transfersNote")}</p>
          </section>
          {closed.length ? (
            <section>
              <h2>{tr("dashboard.closedAccounts")}</h2>
              <div className="grid">{closed.map((account) => <AccountCard key={account.id} account={account} locale={ctx.locale} />)}</div>
            </section>
          ) : null}
          {data.currencies.length > 1 || rates.length ? (
            <RatesForm rates={rates} currencies={[...new Set([ctx.currency, ...data.currencies])]} locale={ctx.locale} canWrite={ctx.canWrite} saveAction={saveRateAction} deleteAction={deleteRateAction} />
          ) : null}
        </div>
      )}
    </>
  );
}
