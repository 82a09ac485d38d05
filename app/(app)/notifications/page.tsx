import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { listNotifications } from "@/lib/notifications/list";
import { nt, type NotificationMessageKey } from "@/lib/notifications/messages";
import { requireHouseholdContext } from "@/lib/http/session";
import { formatTimestamp } from "@/lib/i18n/format";
import { markReadAction } from "./actions";
import { localizedTitle } from "@/components/page-title";

export const generateMetadata = localizedTitle((locale) => nt(locale, "title"));

export default async function NotificationsPage() {
  const ctx = await requireHouseholdContext();
  const n = (key: NotificationMessageKey) => nt(ctx.locale, key);
  const rows = await listNotifications(ctx);
  const unread = rows.filter((row) => !row.isRead).length;
  return (
    <>
      <PageHeader title={n("title")} subtitle={n("subtitle")}>
        <Link className="btn" href="/notifications/settings">{n("settings")}</Link>
        {unread > 0 ? <form action={markReadAction.bind(null, null)}><button type="submit" className="btn">{n("markAllRead")}</button></form> : null}
      </PageHeader>
      {rows.length === 0 ? <EmptyState title={n("empty")} body={n("emptyBody")} /> : (
        <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
          {rows.map((row) => (
            <li key={row.id} className="card" aria-label={row.isRead ? undefined : `${row.title} (${n("unread")})`} style={row.isRead ? { opacity: 0.7 } : undefined}>
              <div className="row" style={{ justifyContent: "space-between", gap: "var(--space-3)" }}>
                <div>
                  <span className="badge">{n(`kind.${row.kind}` as NotificationMessageKey)}</span>{" "}
                  <strong>{row.title}</strong>
                  <p style={{ margin: "var(--space-2) 0 0" }}>{row.body}</p>
                  <p className="small muted" style={{ margin: 0 }}>{formatTimestamp(new Date(row.createdAt), ctx.locale)}</p>
                </div>
                {!row.isRead ? <form action={markReadAction.bind(null, row.id)}><button type="submit" className="btn btn--small">{n("markRead")}</button></form> : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
