"use client";
/** Creates a personal access token (read or read-write) and shows it once. */
import { useActionState } from "react";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import type { Locale } from "@/lib/i18n";
import type { TokenActionState } from "../konnectors/token-state";

const TEXT = {
  en: { name: "Name (optional)", scope: "Access", read: "Read only", readWrite: "Read and write", expires: "Expires after (days, optional)", create: "Create token", saving: "Creating…", created: "Your new token. Copy it now: it will not be shown again." },
  fr: { name: "Nom (facultatif)", scope: "Accès", read: "Lecture seule", readWrite: "Lecture et écriture", expires: "Expire après (jours, facultatif)", create: "Créer le jeton", saving: "Création…", created: "Votre nouveau jeton. Copiez-le maintenant : il ne sera plus affiché." },
} as const;

export function PatForm({ locale, action }: { locale: Locale; action: (previous: TokenActionState, formData: FormData) => Promise<TokenActionState> }) {
  const [state, formAction] = useActionState(action, {} as TokenActionState);
  const text = TEXT[locale === "fr" ? "fr" : "en"];
  return (
    <div className="stack">
      <form className="form" action={formAction}>
        <FormMessage error={state.error} />
        <div className="row">
          <label className="field"><span>{text.name}</span><input className="input" name="name" maxLength={100} /></label>
          <label className="field"><span>{text.scope}</span>
            <select className="input" name="scope" defaultValue="read">
              <option value="read">{text.read}</option>
              <option value="read-write">{text.readWrite}</option>
            </select>
          </label>
          <label className="field"><span>{text.expires}</span><input className="input" name="expiresInDays" type="number" min={1} max={3650} /></label>
        </div>
        <div className="form-actions"><SubmitButton label={text.create} pendingLabel={text.saving} /></div>
      </form>
      {state.token ? (
        <div className="alert alert--success" role="status">
          <p><strong>{text.created}</strong></p>
          <p><code style={{ wordBreak: "break-all" }}>{state.token}</code></p>
        </div>
      ) : null}
    </div>
  );
}
