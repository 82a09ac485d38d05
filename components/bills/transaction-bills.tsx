/** The transaction page's "Bills and reimbursements" section (server component: loads its own data). */
import Link from "next/link";
import { Money } from "@/components/money";
import type { HouseholdContext } from "@/lib/auth/guard";
import { todayIso } from "@/lib/dates";
import { t, type Locale, type MessageKey } from "@/lib/i18n";
import { formatDay } from "@/lib/i18n/format";
import { transactionBills, type TransactionBillEntry } from "@/lib/bills/ui/transaction";
import { BillStateBadge } from "./state-badge";

function Entries({ entries, locale }: { entries: TransactionBillEntry[]; locale: Locale }) {
  return (
    <ul className="file-list">
      {entries.map(({ link, bill, status }) => (
        <li key={link.id} className="file-item">
          <span>
            <Link href={`/bills/${bill.id}`}>{bill.vendor}{bill.vendorRef ? ` · ${bill.vendorRef}` : ""}</Link>
            <span className="muted small"> · {formatDay(bill.date, locale)} · {t(locale, `bills.kind.${link.kind}` as MessageKey)}</span>
          </span>
          <span className="row" style={{ flex: "0 0 auto", alignItems: "center" }}>
            <Money minor={link.amountMinor} currency={bill.currency} locale={locale} />
            <BillStateBadge state={status.state} locale={locale} />
          </span>
        </li>
      ))}
    </ul>
  );
}

export async function TransactionBillsSection({ ctx, locale, transaction }: {
  ctx: HouseholdContext;
  locale: Locale;
  transaction: { id: string; date: string; amountMinor: bigint; categoryId: string };
}) {
  const data = await transactionBills(ctx, transaction, todayIso());
  const tr = (key: MessageKey) => t(locale, key);
  return (
    <section className="card card--narrow stack" aria-labelledby="tx-bills-title">
      <h2 id="tx-bills-title">{tr("bills.tx.title")}</h2>
      {data.healthStatus ? (
        <p>{tr("bills.tx.health")}: <BillStateBadge state={data.healthStatus === "late" ? "late_reimbursement" : data.healthStatus} locale={locale} /></p>
      ) : null}
      {data.bills.length ? <><h3 className="small muted">{tr("bills.tx.bills")}</h3><Entries entries={data.bills} locale={locale} /></> : null}
      {data.reimbursements.length ? <><h3 className="small muted">{tr("bills.tx.reimbursements")}</h3><Entries entries={data.reimbursements} locale={locale} /></> : null}
      {!data.bills.length && !data.reimbursements.length ? <p className="muted">{tr("bills.tx.empty")}</p> : null}
    </section>
  );
}
