// A missing record inside the app (another household's id, a deleted bill): the header and navigation stay, so
// the way back is one click; the next likely places are offered. The answer's status is a real 404: no loading
// boundary sits above the pages that call notFound() (components/page-loading.tsx).
import Link from "next/link";
import { requireHouseholdContext } from "@/lib/http/session";
import { translator } from "@/lib/i18n";

export default async function AppNotFound() {
  const ctx = await requireHouseholdContext();
  const tr = translator(ctx.locale);
  return (
    <div className="empty">
      {/* React hoists it into <head>: the tab says what happened, not the missing page's own title. */}
      <title>{`${tr("notFound.title")} · Tirelire`}</title>
      <p className="muted not-found__code">404</p>
      <h1>{tr("notFound.title")}</h1>
      <p>{tr("notFound.body")}</p>
      <div className="actions" style={{ justifyContent: "center" }}>
        <Link className="btn btn--primary" href="/">{tr("notFound.home")}</Link>
        <Link className="btn" href="/transactions">{tr("nav.transactions")}</Link>
      </div>
    </div>
  );
}
