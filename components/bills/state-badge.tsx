/** A bill's state as a badge: green when settled, amber while waiting, red when late. */
import { t, type Locale, type MessageKey } from "@/lib/i18n";
import type { BillState } from "@/lib/bills/ui/state";

const LATE_STYLE = { background: "var(--danger-soft)", color: "var(--danger)", borderColor: "transparent" } as const;

export function BillStateBadge({ state, locale }: { state: BillState; locale: Locale }) {
  const label = t(locale, `bills.state.${state}` as MessageKey);
  if (state === "late" || state === "late_reimbursement") return <span className="badge" style={LATE_STYLE}>{label}</span>;
  const tone = state === "matched" || state === "reimbursed" ? " badge--new" : state === "waiting" || state === "pending" || state === "to_complete" ? " badge--possible" : "";
  return <span className={`badge${tone}`}>{label}</span>;
}
