"use client";
/** Creates a konnector push token and shows it once, with a curl example that uses it. */
import { useActionState } from "react";
import { Field, describedBy } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { t, type Locale, type MessageKey } from "@/lib/i18n";
import type { TokenActionState } from "./token-state";

export function curlExample(origin: string, token: string): string {
  return `curl -X POST "${origin}/api/v1/bills" \\
  -H "Authorization: Bearer ${token}" -H "Content-Type: application/json" \\
  -d '{"bills":[{"vendor":"Free","vendorRef":"F-2024-03","amount":"34.90","currency":"EUR","date":"2024-03-02"}]}'`;
}

export function TokenForm({ locale, origin, action }: {
  locale: Locale;
  origin: string;
  action: (previous: TokenActionState, formData: FormData) => Promise<TokenActionState>;
}) {
  const [state, formAction] = useActionState(action, {} as TokenActionState);
  const errors = state.fieldErrors ?? {};
  const v = state.values ?? {};
  const tr = (key: MessageKey) => t(locale, key);
  return (
    <div className="stack">
      <form className="form" action={formAction}>
        <FormMessage error={state.error} />
        <div className="row">
          <Field id="konnector" label={tr("konnectors.konnector")} hint={tr("konnectors.konnectorHint")} error={errors.konnector}>
            <input className="input" defaultValue={v.konnector ?? ""} required maxLength={100} pattern="[\w.:@\-]+" {...describedBy("konnector", "hint", errors.konnector)} />
          </Field>
          <Field id="name" label={tr("konnectors.name")} isOptional optionalText={tr("common.optional")} error={errors.name}>
            <input className="input" defaultValue={v.name ?? ""} maxLength={100} {...describedBy("name", undefined, errors.name)} />
          </Field>
          <Field id="expiresInDays" label={tr("konnectors.expires")} isOptional optionalText={tr("common.optional")} error={errors.expiresInDays}>
            <input className="input" type="number" min={1} max={3650} defaultValue={v.expiresInDays ?? ""} {...describedBy("expiresInDays", undefined, errors.expiresInDays)} />
          </Field>
        </div>
        <div className="form-actions">
          <SubmitButton label={tr("konnectors.create")} pendingLabel={tr("common.saving")} />
        </div>
      </form>
      {state.token ? (
        <div className="alert alert--success" role="status">
          <p><strong>{tr("konnectors.created")}</strong></p>
          <p><code style={{ wordBreak: "break-all" }}>{state.token}</code></p>
          <p>{tr("konnectors.curl")}</p>
          <pre className="small" style={{ overflowX: "auto" }} tabIndex={0}><code>{curlExample(origin, state.token)}</code></pre>
        </div>
      ) : null}
    </div>
  );
}
