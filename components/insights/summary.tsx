/** Headline figures: balances per currency, the period's income/expenses/net per currency, converted totals. */
import { Money } from "@/components/money";
import { convertTotals, type Rate } from "@/lib/insights/shape/convert";
import { translator, type Locale } from "@/lib/i18n";

interface PeriodTotal { currency: string; incomeMinor: bigint; expenseMinor: bigint; netMinor: bigint }

export function Summary({ balances, periodTotals, rates, householdCurrency, locale }: {
  balances: { currency: string; totalMinor: bigint }[]; periodTotals: PeriodTotal[]; rates: Rate[]; householdCurrency: string; locale: Locale;
}) {
  const tr = translator(locale);
  const isMulti = new Set([...balances.map((b) => b.currency), ...periodTotals.map((p) => p.currency)]).size > 1;
  const converted = (values: { currency: string; minor: bigint }[]) => convertTotals(values, householdCurrency, rates);
  const balanceConverted = converted(balances.map((b) => ({ currency: b.currency, minor: b.totalMinor })));
  const incomeConverted = converted(periodTotals.map((p) => ({ currency: p.currency, minor: p.incomeMinor })));
  const expenseConverted = converted(periodTotals.map((p) => ({ currency: p.currency, minor: p.expenseMinor })));
  const hasRates = rates.length > 0;
  return (
    <section className="totals" aria-label={tr("insights.total")}>
      {balances.map((b) => (
        <div className="total" key={`b-${b.currency}`}>
          <div className="total__label">{tr("dashboard.total", { currency: b.currency })}</div>
          <div className="total__value"><Money minor={b.totalMinor} currency={b.currency} locale={locale} /></div>
        </div>
      ))}
      {periodTotals.map((p) => (
        <div className="total" key={`p-${p.currency}`}>
          <div className="total__label">{tr("ui.netIn", { currency: p.currency })}</div>
          <div className="total__value"><Money minor={p.netMinor} currency={p.currency} locale={locale} isSigned isColored /></div>
          <div className="small">{tr("insights.income")} <Money minor={p.incomeMinor} currency={p.currency} locale={locale} isColored /></div>
          <div className="small">{tr("insights.expenses")} <Money minor={p.expenseMinor} currency={p.currency} locale={locale} isColored /></div>
        </div>
      ))}
      {isMulti && hasRates ? (
        <div className="total">
          <div className="total__label">{tr("insights.converted", { currency: householdCurrency })}</div>
          <div className="total__value"><Money minor={balanceConverted.totalMinor} currency={householdCurrency} locale={locale} /></div>
          <div className="small">{tr("insights.income")} <Money minor={incomeConverted.totalMinor} currency={householdCurrency} locale={locale} isColored /></div>
          <div className="small">{tr("insights.expenses")} <Money minor={expenseConverted.totalMinor} currency={householdCurrency} locale={locale} isColored /></div>
          {balanceConverted.missing.length ? <div className="small muted">{tr("insights.convertedMissing", { currencies: balanceConverted.missing.join(", ") })}</div> : null}
        </div>
      ) : null}
    </section>
  );
}
