"use client";
/** Step 2 of adding a connection: the provider's credentials. Secret fields are never filled back in from the server. */
import Link from "next/link";
import { useActionState } from "react";
import { Field, describedBy } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { INITIAL_ACTION_STATE } from "@/lib/http/action-state";
import { t, type Locale } from "@/lib/i18n";
import { createConnectionAction } from "../actions";
import { ct } from "../messages";

export function CredentialsForm({ locale, provider, defaultName }: { locale: Locale; provider: "simplefin" | "gocardless" | "enablebanking"; defaultName: string }) {
  const [state, action] = useActionState(createConnectionAction.bind(null, provider), INITIAL_ACTION_STATE);
  const errors = state.fieldErrors ?? {};
  const secret = (id: string, label: string, isMultiline = false) => (
    <Field id={id} label={label} error={errors[id]}>
      {isMultiline
        ? <textarea className="textarea" rows={6} spellCheck={false} autoComplete="off" {...describedBy(id, undefined, errors[id])} />
        : <input className="input" type="password" required autoComplete="off" spellCheck={false} {...describedBy(id, undefined, errors[id])} />}
    </Field>
  );
  return (
    <form className="form" action={action}>
      <FormMessage error={state.error} />
      <Field id="name" label={ct(locale, "field.name")} error={errors.name}>
        <input className="input" defaultValue={defaultName} maxLength={100} {...describedBy("name", undefined, errors.name)} />
      </Field>
      {provider === "simplefin" ? secret("setupToken", ct(locale, "field.setupToken")) : null}
      {provider === "gocardless" ? <>{secret("secretId", ct(locale, "field.secretId"))}{secret("secretKey", ct(locale, "field.secretKey"))}</> : null}
      {provider === "enablebanking" ? (
        <>
          <Field id="applicationId" label={ct(locale, "field.applicationId")} error={errors.applicationId}>
            <input className="input" required spellCheck={false} {...describedBy("applicationId", undefined, errors.applicationId)} />
          </Field>
          {secret("privateKey", ct(locale, "field.privateKey"), true)}
          <Field id="privateKeyFile" label={ct(locale, "field.privateKeyFile")} hint={ct(locale, "field.privateKeyHint")}>
            <input className="input" type="file" accept=".pem,.key,text/plain" {...describedBy("privateKeyFile", "hint")} />
          </Field>
        </>
      ) : null}
      <Field id="baseUrl" label={ct(locale, "field.baseUrl")} hint={ct(locale, "field.baseUrlHint")} error={errors.baseUrl} isOptional optionalText={t(locale, "common.optional")}>
        <input className="input" type="url" spellCheck={false} {...describedBy("baseUrl", "hint", errors.baseUrl)} />
      </Field>
      <p className="muted small">{ct(locale, "secretsNote")}</p>
      <div className="form-actions">
        <SubmitButton label={ct(locale, "continue")} pendingLabel={t(locale, "common.saving")} />
        <Link className="btn btn--ghost" href="/connections">{t(locale, "common.cancel")}</Link>
      </div>
    </form>
  );
}
