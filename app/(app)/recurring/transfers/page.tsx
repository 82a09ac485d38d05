import { ConfirmButton } from "@/components/confirm-button";
import { EmptyState } from "@/components/empty-state";
import { emptyText } from "@/components/empty-messages";
import { Money } from "@/components/money";
import { PageHeader } from "@/components/page-header";
import { listTransfers } from "@/lib/insights/transfers/review";
import { requireHouseholdContext } from "@/lib/http/session";
import { formatDay } from "@/lib/i18n/format";
import { confirmTransferAction, undoTransferAction } from "../actions";
import { rt } from "../messages";
import { localizedTitle } from "@/components/page-title";

export const generateMetadata = localizedTitle((locale) => rt(locale, "transfers"));

export default async function TransfersPage() {
  const ctx = await requireHouseholdContext();
  const r = (key: Parameters<typeof rt>[1]) => rt(ctx.locale, key);
  const transfers = await listTransfers(ctx);
  return (
    <>
      <PageHeader title={r("transfers")} subtitle={r("transfersSubtitle")} back={{ href: "/recurring", label: r("title") }} />
      {transfers.length === 0 ? <EmptyState title={r("noTransfers")} body={emptyText(ctx.locale, "transfers.body")} /> : (
        <div className="table-wrap">
          <table className="table table--stack">
            <thead>
              <tr>
                <th scope="col">{r("col.date")}</th><th scope="col">{r("col.from")}</th><th scope="col">{r("col.to")}</th>
                <th scope="col" style={{ textAlign: "right" }}>{r("col.amount")}</th><th scope="col">{r("col.state")}</th>
                {ctx.canWrite ? <th scope="col"><span className="sr-only">{r("transfer.confirm")}</span></th> : null}
              </tr>
            </thead>
            <tbody>
              {transfers.map((tr) => (
                <tr key={tr.id}>
                  <td>{formatDay(tr.date, ctx.locale)}</td>
                  <td>{tr.outAccount}<div className="small muted">{tr.outLabel}</div></td>
                  <td>{tr.inAccount}<div className="small muted">{tr.inLabel}</div></td>
                  <td style={{ textAlign: "right" }}><Money minor={tr.amountMinor} currency={tr.currency} locale={ctx.locale} /></td>
                  <td>{tr.state === "confirmed" ? r("transfer.confirmed") : r("transfer.auto")}</td>
                  {ctx.canWrite ? (
                    <td>
                      <div className="actions">
                        {tr.state !== "confirmed" ? (
                          <form action={confirmTransferAction.bind(null, tr.id)}><button type="submit" className="btn btn--small">{r("transfer.confirm")}</button></form>
                        ) : null}
                        <form action={undoTransferAction.bind(null, tr.id)}>
                          <ConfirmButton label={r("transfer.undo")} question={r("transfer.undoQuestion")} confirmLabel={r("transfer.undo")} cancelLabel={r("cancel")} isSmall />
                        </form>
                      </div>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
