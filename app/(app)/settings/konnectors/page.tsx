import type { Metadata } from "next";
import { headers } from "next/headers";
import { PageHeader } from "@/components/page-header";
import { ActionButton } from "@/components/bills/action-button";
import { listApiTokens } from "@/lib/auth/api-tokens";
import { requireHouseholdContext } from "@/lib/http/session";
import { translator } from "@/lib/i18n";
import { formatTimestamp } from "@/lib/i18n/format";
import { createKonnectorTokenAction, revokeKonnectorTokenAction } from "./actions";
import { TokenForm } from "./token-form";

export const metadata: Metadata = { title: "Konnector tokens" };

async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}

export default async function KonnectorTokensPage() {
  const ctx = await requireHouseholdContext();
  const tr = translator(ctx.locale);
  const header = <PageHeader title={tr("konnectors.title")} subtitle={tr("konnectors.subtitle")} back={{ href: "/bills", label: tr("bills.title") }} />;
  if (!ctx.canManage) {
    return <>{header}<p className="muted">{tr("konnectors.ownerOnly")}</p></>;
  }
  // Push tokens only: read and read-write tokens are managed from the CLI.
  const tokens = (await listApiTokens(ctx)).filter((token) => token.scopes.includes("bills")).reverse();
  const now = new Date().toISOString();
  return (
    <>
      {header}
      <div className="stack">
        <section className="card" aria-labelledby="create-token">
          <h2 id="create-token">{tr("konnectors.create")}</h2>
          <TokenForm locale={ctx.locale} origin={await requestOrigin()} action={createKonnectorTokenAction} />
        </section>
        <section className="card" aria-labelledby="token-list">
          <h2 id="token-list">{tr("konnectors.title")}</h2>
          {tokens.length === 0 ? <p className="muted">{tr("konnectors.empty")}</p> : (
            <div className="table-wrap">
              <table className="table table--stack">
                <thead>
                  <tr>
                    <th scope="col">{tr("konnectors.col.name")}</th>
                    <th scope="col">{tr("konnectors.col.konnector")}</th>
                    <th scope="col">{tr("konnectors.col.created")}</th>
                    <th scope="col">{tr("konnectors.col.lastUsed")}</th>
                    <th scope="col">{tr("konnectors.col.status")}</th>
                    <th scope="col"><span className="sr-only">{tr("konnectors.revoke")}</span></th>
                  </tr>
                </thead>
                <tbody>
                  {tokens.map((token) => {
                    const state = token.revokedAt ? "revoked" : token.expiresAt && token.expiresAt <= now ? "expired" : "active";
                    return (
                      <tr key={token.id} className={state === "active" ? undefined : "row--muted"}>
                        <td><div className="table__label">{token.name}</div><div className="table__sub"><code>{token.prefix}…</code></div></td>
                        <td><code>{token.konnector}</code></td>
                        <td className="small">{formatTimestamp(new Date(token.createdAt), ctx.locale)}</td>
                        <td className="small">{token.lastUsedAt ? formatTimestamp(new Date(token.lastUsedAt), ctx.locale) : tr("konnectors.never")}</td>
                        <td><span className={`badge${state === "active" ? " badge--new" : ""}`}>{tr(`konnectors.${state}`)}</span></td>
                        <td data-col="actions">
                          {state === "active" ? (
                            <ActionButton action={revokeKonnectorTokenAction.bind(null, token.id)} label={tr("konnectors.revoke")}
                              confirm={{ question: tr("konnectors.revokeQuestion"), confirmLabel: tr("konnectors.revoke"), cancelLabel: tr("common.cancel") }} />
                          ) : null}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </div>
    </>
  );
}
