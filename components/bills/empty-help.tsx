/** How bills arrive (the bills page's empty state): upload, the CLI, the push API, the inbox folder. */
import Link from "next/link";
import { t, type Locale, type MessageKey } from "@/lib/i18n";
import { inboxDir } from "@/lib/konnectors/builtin/einvoice";

const PUSH_EXAMPLE = `curl -X POST "$TIRELIRE_URL/api/v1/bills" \\
  -H "Authorization: Bearer tlr_…" -H "Content-Type: application/json" \\
  -d '{"bills":[{"vendor":"Free","vendorRef":"F-2024-03","amount":"34.90","currency":"EUR","date":"2024-03-02"}]}'`;

export function BillsEmptyHelp({ locale, householdId, canWrite }: { locale: Locale; householdId: string; canWrite: boolean }) {
  const tr = (key: MessageKey) => t(locale, key);
  return (
    <ol className="stack" style={{ textAlign: "left", maxWidth: "60ch", margin: "0 auto" }}>
      <li>{tr("bills.empty.upload")}</li>
      <li>{tr("bills.empty.cli")} <code>tirelire bills import FILE…</code></li>
      <li>
        {tr("bills.empty.push")} {canWrite ? <Link href="/settings/konnectors">{tr("konnectors.title")}</Link> : null}
        {/* Focusable: a keyboard user must be able to scroll the long command sideways. */}
        <pre className="small" style={{ overflowX: "auto" }} tabIndex={0}><code>{PUSH_EXAMPLE}</code></pre>
      </li>
      <li>{tr("bills.empty.inbox")} {canWrite ? <code>{inboxDir(householdId)}</code> : null}</li>
    </ol>
  );
}
