/**
 * Link by hand: a GET form (kind, label, date window, any amount) over the bill page's own URL, and the
 * candidates it finds, each with a Link button bound to the link-by-hand action.
 */
import { Money } from "@/components/money";
import { t, tCount, type Locale, type MessageKey } from "@/lib/i18n";
import { formatDay } from "@/lib/i18n/format";
import type { ActionState } from "@/lib/http/action-state";
import type { CandidateTransaction } from "@/lib/bills/ui/candidates";
import { ActionButton } from "./action-button";

export interface CandidateSearchValues { kind: "debit" | "credit" | "reimbursement"; q: string; days?: number; anyAmount: boolean }

export function CandidateSearch({ billId, locale, values, candidates, kinds, linkAction }: {
  billId: string;
  locale: Locale;
  values: CandidateSearchValues;
  candidates: CandidateTransaction[];
  kinds: CandidateSearchValues["kind"][];
  linkAction: (transactionId: string) => (previous: ActionState) => Promise<ActionState>;
}) {
  const tr = (key: MessageKey) => t(locale, key);
  return (
    <div className="stack">
      <p className="muted small">{tr("bills.search.hint")}</p>
      <form className="row" role="search" action={`/bills/${billId}`} style={{ alignItems: "flex-end" }}>
        <div className="field">
          <label htmlFor="s-kind">{tr("bills.search.kind")}</label>
          <select id="s-kind" name="kind" className="select" defaultValue={values.kind}>
            {kinds.map((k) => <option key={k} value={k}>{tr(`bills.kind.${k}` as MessageKey)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="s-q">{tr("bills.search.q")}</label>
          <input id="s-q" name="q" type="search" className="input" defaultValue={values.q} maxLength={100} />
        </div>
        <div className="field">
          <label htmlFor="s-days">{tr("bills.search.days")}</label>
          <input id="s-days" name="days" type="number" min={1} max={366} className="input" defaultValue={values.days ?? ""} placeholder="−15 / +29" />
        </div>
        <label className="checkbox" style={{ flex: "0 0 auto" }}>
          <input type="checkbox" name="anyAmount" value="1" defaultChecked={values.anyAmount} /> {tr("bills.search.anyAmount")}
        </label>
        <div className="form-actions" style={{ flex: "0 0 auto" }}>
          <button type="submit" className="btn">{tr("bills.search.submit")}</button>
        </div>
      </form>
      {candidates.length === 0 ? (
        <p className="muted">{tr("bills.search.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table--stack">
            <thead>
              <tr>
                <th scope="col">{tr("bills.col.date")}</th>
                <th scope="col">{tr("bills.links.col.transaction")}</th>
                <th scope="col" className="num">{tr("bills.col.amount")}</th>
                <th scope="col"><span className="sr-only">{tr("bills.search.link")}</span></th>
              </tr>
            </thead>
            <tbody>
              {candidates.map((c) => (
                <tr key={c.id}>
                  <td data-col="date">{formatDay(c.date, locale)}<div className="table__sub">{tCount(locale, "bills.search.daysAway", c.dayDistance)}</div></td>
                  <td><div className="table__label">{c.label}</div><div className="table__sub">{tr("bills.search.account")}: {c.accountName}</div></td>
                  <td className="num"><Money minor={c.amountMinor} currency={c.currency} locale={locale} isColored /></td>
                  <td data-col="actions"><ActionButton action={linkAction(c.id)} label={tr("bills.search.link")} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
