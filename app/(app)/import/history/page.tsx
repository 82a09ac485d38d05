import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { listAccountsWithBalances } from "@/lib/accounts/accounts";
import { listApiImports } from "@/lib/api/imports";
import { isAppError } from "@/lib/errors";
import { requireHouseholdContext } from "@/lib/http/session";
import { translator, type MessageKey } from "@/lib/i18n";
import { formatTimestamp } from "@/lib/i18n/format";
import { UndoButton } from "../undo-button";

export const metadata: Metadata = { title: "Import history" };

const STATUS_KEY: Record<string, MessageKey> = { committed: "import.committed", undone: "import.undone", failed: "import.failed" };

export default async function ImportHistoryPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const ctx = await requireHouseholdContext();
  const tr = translator(ctx.locale);
  const { cursor } = await searchParams;
  // A malformed cursor is a page of the history that does not exist: 404, never a silent first page.
  const history = listApiImports(ctx, new URLSearchParams({ limit: "50", ...(cursor ? { cursor } : {}) })).catch((error: unknown) => {
    if (isAppError(error) && error.code === "INVALID_INPUT") notFound();
    throw error;
  });
  const [{ data: items, nextCursor }, accounts] = await Promise.all([history, listAccountsWithBalances(ctx)]);
  const page = { items, nextCursor };
  const accountName = new Map(accounts.map((a) => [a.id, a.name]));
  return (
    <>
      <PageHeader title={tr("import.history")} back={{ href: "/import", label: tr("nav.import") }} />
      {page.items.length === 0 ? (
        <EmptyState title={tr("import.historyEmpty")}>
          {ctx.canWrite ? <Link className="btn btn--primary" href="/import">{tr("dashboard.import")}</Link> : null}
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table table--stack">
            <thead>
              <tr>
                <th scope="col">{tr("import.col.date")}</th>
                <th scope="col">{tr("import.col.file")}</th>
                <th scope="col">{tr("import.col.account")}</th>
                <th scope="col" className="num">{tr("import.col.counts")}</th>
                <th scope="col">{tr("import.col.status")}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((batch) => (
                <tr key={batch.id} className={batch.status === "undone" ? "row--muted" : undefined}>
                  <td data-col="date">{formatTimestamp(new Date(batch.createdAt), ctx.locale)}</td>
                  <td>
                    <div className="table__label">{batch.fileName}</div>
                    <div className="table__sub">{batch.format.toUpperCase()}{batch.encoding ? ` · ${batch.encoding}` : ""}</div>
                  </td>
                  <td>{batch.accountId ? <Link href={`/accounts/${batch.accountId}`}>{accountName.get(batch.accountId) ?? "—"}</Link> : "—"}</td>
                  <td className="num">{batch.countNew} / {batch.countDuplicate}</td>
                  <td data-col="actions">
                    {(batch.status === "committed" || batch.status === "undone") && ctx.canWrite ? (
                      <UndoButton locale={ctx.locale} batchId={batch.id} isUndone={batch.status === "undone"} />
                    ) : (
                      <span className="badge">{tr(STATUS_KEY[batch.status] ?? "import.committed")}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="pager" aria-label={tr("ui.pagination")}>
        {cursor ? <Link href="/import/history">{tr("account.newest")}</Link> : <span />}
        {page.nextCursor ? <Link href={`/import/history?cursor=${encodeURIComponent(page.nextCursor)}`}>{tr("account.older")}</Link> : null}
      </nav>
    </>
  );
}
