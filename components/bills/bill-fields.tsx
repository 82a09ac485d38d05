/** A bill's fields as a description list (empty fields left out). */
import type { ReactNode } from "react";
import { Money } from "@/components/money";
import { t, type Locale, type MessageKey } from "@/lib/i18n";
import { formatDay } from "@/lib/i18n/format";
import { toMinor } from "@/lib/money";
import type { BillRecord } from "@/lib/bills/list";
import type { BillStatus } from "@/lib/bills/ui/state";
import { BillStateBadge } from "./state-badge";
import { billTypeName } from "./bill-type";

export function BillFields({ bill, status, locale }: { bill: BillRecord; status: BillStatus; locale: Locale }) {
  const tr = (key: MessageKey) => t(locale, key);
  const money = (value: string | null) => (value ? <Money minor={toMinor(value, bill.currency)} currency={bill.currency} locale={locale} /> : null);
  const day = (value: string | null) => (value ? formatDay(value, locale) : null);
  const rows: [MessageKey, ReactNode][] = [
    ["bills.field.vendor", bill.vendor],
    ["bills.field.vendorRef", bill.vendorRef],
    ["bills.field.type", billTypeName(bill.type, locale)],
    ["bills.field.amount", money(bill.amount)],
    ["bills.field.originalAmount", money(bill.originalAmount)],
    ["bills.field.groupAmount", money(bill.groupAmount)],
    ["bills.field.date", day(bill.date)],
    ["bills.field.dueDate", day(bill.dueDate)],
    ["bills.field.originalDate", day(bill.originalDate)],
    ["bills.field.isRefund", bill.isRefund ? tr("bills.yes") : null],
    ["bills.field.isThirdPartyPayer", bill.isThirdPartyPayer ? tr("bills.yes") : null],
    ["bills.field.paymentReference", bill.paymentReference],
    ["bills.field.mandateId", bill.mandateId],
    ["bills.field.creditorId", bill.creditorId],
    ["bills.field.konnector", bill.konnector],
    ["bills.field.payment", status.payment === "to_complete" ? null : <BillStateBadge state={status.payment} locale={locale} />],
    ["bills.field.paymentDeadline", status.payment === "waiting" || status.payment === "late" ? day(status.paymentDeadline) : null],
    ["bills.field.reimbursement", status.reimbursement ? <BillStateBadge state={status.reimbursement === "late" ? "late_reimbursement" : status.reimbursement} locale={locale} /> : null],
    ["bills.field.reimbursementDeadline", status.reimbursement && status.reimbursement !== "reimbursed" ? day(status.reimbursementDeadline) : null],
  ];
  return (
    <dl className="fields-grid">
      {rows.filter(([, value]) => value !== null && value !== "").map(([key, value]) => (
        <div key={key}>
          <dt className="muted small">{tr(key)}</dt>
          <dd style={{ margin: 0 }}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
