/** The period's largest recognized payees, each linking to its transactions in the explorer. */
import Link from "next/link";
import { Money } from "@/components/money";
import { explorerQuery } from "@/lib/insights/shape/filters";
import type { PayeeSum } from "@/lib/insights/shape/period-sums";
import type { Period } from "@/lib/insights/shape/period";
import { tCount, translator, type Locale } from "@/lib/i18n";

export function TopPayees({ payees, period, locale }: { payees: PayeeSum[]; period: Period; locale: Locale }) {
  const tr = translator(locale);
  return (
    <section className="card">
      <h2>{tr("insights.topPayees")}</h2>
      {payees.length === 0 ? <p className="muted">{tr("insights.noPayees")}</p> : (
        <table className="table">
          <tbody>
            {payees.map((p) => (
              <tr key={`${p.payee}-${p.currency}`}>
                <td>
                  <Link href={`/transactions?${explorerQuery({ text: p.payee, from: period.from, to: period.to, isExcludingTransfers: true }, p.currency)}`}>{p.payee}</Link>
                  <div className="table__sub">{tCount(locale, "dashboard.transactions", p.count)}</div>
                </td>
                <td className="num"><Money minor={p.spentMinor} currency={p.currency} locale={locale} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
