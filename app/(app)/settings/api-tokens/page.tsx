import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { ActionButton } from "@/components/bills/action-button";
import { listApiTokens } from "@/lib/auth/api-tokens";
import { requireHouseholdContext } from "@/lib/http/session";
import { createPersonalTokenAction, revokePersonalTokenAction } from "./actions";
import { PatForm } from "./pat-form";

export const metadata: Metadata = { title: "API tokens" };

const TEXT = {
  en: { title: "API tokens", intro: "Personal access tokens let scripts use the REST API (docs/api.md, /api/v1/openapi.json) for this household: read only, or read and write.", ownerOnly: "Only an owner can manage API tokens.", none: "No personal token yet.", name: "Name", access: "Access", lastUsed: "Last used", never: "never", revoked: "revoked", revoke: "Revoke", revokeQuestion: "Revoke this token? Scripts using it will stop working.", cancel: "Cancel" },
  fr: { title: "Jetons d'API", intro: "Les jetons d'accès personnels permettent à des scripts d'utiliser l'API REST (docs/api.md, /api/v1/openapi.json) pour ce foyer : en lecture seule, ou en lecture et écriture.", ownerOnly: "Seul un propriétaire peut gérer les jetons d'API.", none: "Aucun jeton personnel.", name: "Nom", access: "Accès", lastUsed: "Dernière utilisation", never: "jamais", revoked: "révoqué", revoke: "Révoquer", revokeQuestion: "Révoquer ce jeton ? Les scripts qui l'utilisent cesseront de fonctionner.", cancel: "Annuler" },
} as const;

export default async function ApiTokensPage() {
  const ctx = await requireHouseholdContext();
  const text = TEXT[ctx.locale === "fr" ? "fr" : "en"];
  const tokens = ctx.canManage ? (await listApiTokens(ctx)).filter((token) => !token.scopes.includes("bills")).reverse() : [];
  return (
    <>
      <PageHeader title={text.title} />
      <div className="stack">
        <section className="card">
          <p className="muted">{text.intro}</p>
          {!ctx.canManage ? <p className="muted small">{text.ownerOnly}</p> : <PatForm locale={ctx.locale} action={createPersonalTokenAction} />}
        </section>
        {ctx.canManage ? (
          <section className="card">
            {!tokens.length ? <p className="muted">{text.none}</p> : (
              <table className="table table--stack">
                <thead><tr><th scope="col">{text.name}</th><th scope="col">{text.access}</th><th scope="col">{text.lastUsed}</th><th scope="col"><span className="sr-only">{text.revoke}</span></th></tr></thead>
                <tbody>
                  {tokens.map((token) => (
                    <tr key={token.id}>
                      <td>{token.name} <code className="small">{token.prefix}…</code></td>
                      <td>{token.scopes.join(", ")}</td>
                      <td>{token.revokedAt ? text.revoked : token.lastUsedAt?.slice(0, 16).replace("T", " ") ?? text.never}</td>
                      <td>{token.revokedAt ? null : (
                        <ActionButton action={revokePersonalTokenAction.bind(null, token.id)} label={text.revoke}
                          confirm={{ question: text.revokeQuestion, confirmLabel: text.revoke, cancelLabel: text.cancel }} />
                      )}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        ) : null}
      </div>
    </>
  );
}
