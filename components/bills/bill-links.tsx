/** The transactions linked to a bill, with what each link is and, for writers, confirm and reject. */
import Link from "next/link";
import { Money } from "@/components/money";
import { t, type Locale, type MessageKey } from "@/lib/i18n";
import { formatDay } from "@/lib/i18n/format";
import type { ActionState } from "@/lib/http/action-state";
import type { BillLinkView } from "@/lib/bills/ui/links";
import { ActionButton } from "./action-button";
import { confidenceKey } from "./confidence";

type LinkAction = (previous: ActionState) => Promise<ActionState>;

export function BillLinks({ links, locale, canWrite, confirmAction, rejectAction }: {
  links: BillLinkView[];
  locale: Locale;
  canWrite: boolean;
  confirmAction: (linkId: string) => LinkAction;
  rejectAction: (linkId: string) => LinkAction;
}) {
  const tr = (key: MessageKey) => t(locale, key);
  if (!links.length) return <p className="muted">{tr("bills.links.empty")}</p>;
  return (
    <div className="table-wrap">
      <table className="table links-table">
        <thead>
          <tr>
            <th scope="col">{tr("bills.links.col.kind")}</th>
            <th scope="col">{tr("bills.links.col.transaction")}</th>
            <th scope="col" className="num">{tr("bills.col.amount")}</th>
            <th scope="col" className="num">{tr("bills.links.col.part")}</th>
            <th scope="col">{tr("bills.links.col.state")}</th>
            <th scope="col">{tr("bills.links.col.confidence")}</th>
            {canWrite ? <th scope="col"><span className="sr-only">{tr("bills.links.col.actions")}</span></th> : null}
          </tr>
        </thead>
        <tbody>
          {links.map((link) => (
            <tr key={link.id} className={link.state === "rejected" ? "row--muted" : undefined}>
              <td data-col="kind">{tr(`bills.kind.${link.kind}` as MessageKey)}</td>
              <td data-col="transaction">
                <div className="table__label">
                  {canWrite ? <Link href={`/transactions/${link.transactionId}/edit`}>{link.transaction.label}</Link> : link.transaction.label}
                </div>
                <div className="table__sub">{formatDay(link.transaction.date, locale)} · {link.transaction.accountName}</div>
              </td>
              <td className="num" data-col="amount"><Money minor={link.transaction.amountMinor} currency={link.transaction.currency} locale={locale} isColored /></td>
              <td className="num" data-col="part"><span className="cell-label">{tr("bills.links.col.part")}: </span><Money minor={link.amountMinor} currency={link.transaction.currency} locale={locale} /></td>
              <td data-col="state"><span className={`badge${link.state === "confirmed" ? " badge--new" : link.state === "auto" ? " badge--possible" : ""}`}>{tr(`bills.linkState.${link.state}` as MessageKey)}</span></td>
              <td className="small" data-col="confidence"><span className="cell-label">{tr("bills.links.col.confidence")}: </span>{tr(confidenceKey(link.score))}</td>
              {canWrite ? (
                <td data-col="actions">
                  {link.state === "rejected" ? null : (
                    <div className="actions">
                      {link.state === "auto" ? <ActionButton action={confirmAction(link.id)} label={tr("bills.links.confirm")} /> : null}
                      <ActionButton action={rejectAction(link.id)} label={tr("bills.links.reject")}
                        confirm={{ question: tr("bills.links.rejectQuestion"), confirmLabel: tr("bills.links.reject"), cancelLabel: tr("common.cancel") }} />
                    </div>
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
