import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { FormMessage } from "@/components/form-message";
import { Money } from "@/components/money";
import { PageHeader } from "@/components/page-header";
import { requireHouseholdContext } from "@/lib/http/session";
import { formatTimestamp } from "@/lib/i18n/format";
import { translateMessage } from "@/lib/i18n";
import { listConnections, type ConnectionView } from "@/lib/connections";
import { listSyncRuns, type SyncRunView } from "@/lib/sync";
import { connectionsTranslator, ct, type ConnectionsKey } from "../messages";
import { SyncButton } from "../sync-button";
import { RemoveForm } from "../remove-form";
import { AutoRefresh } from "../auto-refresh";
import { localizedTitle } from "@/components/page-title";

export const generateMetadata = localizedTitle((locale) => ct(locale, "title"));

const CONSENT_WARNING_MS = 7 * 86_400_000;
const FINAL = new Set(["succeeded", "failed"]);

export default async function ConnectionsPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const ctx = await requireHouseholdContext();
  const tr = connectionsTranslator(ctx.locale);
  const { error } = await searchParams;
  const connections = await listConnections(ctx);
  const runs = new Map<string, SyncRunView[]>(await Promise.all(connections.map(async (c) => [c.id, await listSyncRuns(ctx, c.id, 3)] as const)));
  const isRunning = [...runs.values()].some((list) => list[0] && !FINAL.has(list[0].status));
  return (
    <>
      <PageHeader title={tr("title")} subtitle={tr("subtitle")}>
        {ctx.canWrite ? <Link className="btn btn--primary" href="/connections/new">{tr("add")}</Link> : null}
      </PageHeader>
      <AutoRefresh isActive={isRunning} />
      {error ? <FormMessage error={tr(error === "state" ? "callback.state" : "callback.provider")} /> : null}
      {connections.length === 0 ? (
        <EmptyState title={tr("empty")} body={tr("emptyBody")}>
          {ctx.canWrite ? <Link className="btn btn--primary" href="/connections/new">{tr("add")}</Link> : null}
        </EmptyState>
      ) : (
        <div className="stack">
          {connections.map((c) => <ConnectionCard key={c.id} connection={c} runs={runs.get(c.id) ?? []} ctx={ctx} />)}
        </div>
      )}
    </>
  );
}

function ConnectionCard({ connection: c, runs, ctx }: { connection: ConnectionView; runs: SyncRunView[]; ctx: Awaited<ReturnType<typeof requireHouseholdContext>> }) {
  const tr = connectionsTranslator(ctx.locale);
  const when = (iso: string | null) => (iso ? formatTimestamp(new Date(iso), ctx.locale) : tr("never"));
  const consentMs = c.consentExpiresAt ? Date.parse(c.consentExpiresAt) : null;
  const isConsentEnding = consentMs !== null && consentMs - Date.now() < CONSENT_WARNING_MS;
  const running = runs[0] && !FINAL.has(runs[0].status) ? runs[0] : null;
  const needsAuth = c.status === "reauth_required" || c.status === "pending" || isConsentEnding;
  return (
    <section className="card" aria-labelledby={`conn-${c.id}`}>
      <div className="page-head">
        <div>
          <h2 id={`conn-${c.id}`}>{c.name} <span className="badge">{tr(`status.${c.status}` as ConnectionsKey)}</span></h2>
          <p className="muted small">{c.providerLabel}{c.institutionId ? ` · ${c.institutionId}` : ""}</p>
        </div>
        {ctx.canWrite ? (
          <div className="actions">
            {needsAuth ? <Link className="btn" href={`/connections/${c.id}/authorize`}>{c.status === "pending" ? tr("finish") : tr("reauthorize")}</Link> : null}
            {c.status === "active" || c.status === "error" ? <Link className="btn btn--ghost" href={`/connections/${c.id}/accounts`}>{tr("mapAccounts")}</Link> : null}
          </div>
        ) : null}
      </div>
      {c.lastError ? <div className={`alert ${c.status === "reauth_required" ? "alert--warning" : "alert--error"}`} role="status">{translateMessage(ctx.locale, c.lastError)}</div> : null}
      {c.retryAfter ? <p className="small">{tr("retryAfter", { date: when(c.retryAfter) })}</p> : null}
      {consentMs !== null ? <p className="small muted">{isConsentEnding ? tr("consentSoon", { date: when(c.consentExpiresAt) }) : tr("consentUntil", { date: when(c.consentExpiresAt) })}</p> : null}
      <p className="small">{tr("lastSync")}: {when(c.lastSyncAt)} · {tr("lastSuccess")}: {when(c.lastSuccessAt)}</p>
      {running ? <div className="alert alert--info" role="status">{tr("running", { status: tr(`run.${running.status}` as ConnectionsKey) })}</div> : null}
      <h3>{tr("accounts")}</h3>
      {c.accounts.length === 0 ? <p className="muted small">{tr("noAccounts")}</p> : (
        <ul>
          {c.accounts.map((a) => (
            <li key={a.id}>
              <Link href={`/accounts/${a.id}`}>{a.name}</Link>
              {a.reportedBalanceMinor !== null ? <> · <Money minor={a.reportedBalanceMinor} currency={a.currency} locale={ctx.locale} /></> : null}
            </li>
          ))}
        </ul>
      )}
      {runs.length ? (
        <>
          <h3>{tr("runs")}</h3>
          <ul className="small">
            {runs.map((r) => (
              <li key={r.id}>
                {when(r.startedAt)} · {tr(`run.${r.status}` as ConnectionsKey)}
                {r.status === "succeeded" ? ` · ${tr("runCounts", { new: r.countNew, updated: r.countUpdated, pending: r.countPending })}` : ""}
                {r.error ? ` · ${translateMessage(ctx.locale, r.error)}` : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {ctx.canWrite && (c.status === "active" || c.status === "error") ? <SyncButton locale={ctx.locale} connectionId={c.id} /> : null}
      {ctx.canWrite ? <details><summary className="small">{tr("remove")}</summary><RemoveForm locale={ctx.locale} connectionId={c.id} /></details> : null}
    </section>
  );
}
