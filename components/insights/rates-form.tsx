/** Exchange rates the household entered (for converted totals): list, add or replace, remove. */
import { ConfirmButton } from "@/components/confirm-button";
import { translator, type Locale } from "@/lib/i18n";
import type { Rate } from "@/lib/insights/shape/convert";

export function RatesForm({ rates, currencies, locale, saveAction, deleteAction, canWrite }: {
  rates: (Rate & { id: string })[]; currencies: string[]; locale: Locale; canWrite: boolean;
  saveAction: (formData: FormData) => Promise<void>; deleteAction: (formData: FormData) => Promise<void>;
}) {
  const tr = translator(locale);
  return (
    <details className="card">
      <summary><strong>{tr("insights.rates.title")}</strong></summary>
      <p className="muted small">{tr("insights.rates.hint")}</p>
      {rates.length ? (
        <ul className="rates">
          {rates.map((r) => (
            <li key={r.id}>
              1 {r.fromCurrency} = {r.rate} {r.toCurrency}
              {canWrite ? (
                <form action={deleteAction} className="inline-form">
                  <input type="hidden" name="rateId" value={r.id} />
                  <ConfirmButton label={tr("insights.rates.delete")} question={`${tr("insights.rates.delete")} 1 ${r.fromCurrency} = ${r.rate} ${r.toCurrency}?`} confirmLabel={tr("insights.rates.delete")} cancelLabel={tr("common.cancel")} isSmall />
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {canWrite ? (
        <form action={saveAction} className="inline-fields">
          <label>{tr("insights.rates.from")} <select name="fromCurrency" className="select">{currencies.map((c) => <option key={c}>{c}</option>)}</select></label>
          <label>{tr("insights.rates.to")} <select name="toCurrency" className="select" defaultValue={currencies[1]}>{currencies.map((c) => <option key={c}>{c}</option>)}</select></label>
          <label>{tr("insights.rates.rate")} <input name="rate" className="input" inputMode="decimal" required pattern="[0-9]+([.,][0-9]+)?" size={10} /></label>
          <button type="submit" className="btn">{tr("insights.rates.save")}</button>
        </form>
      ) : null}
    </details>
  );
}
