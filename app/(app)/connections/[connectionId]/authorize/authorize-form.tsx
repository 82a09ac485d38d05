"use client";
/** Picks the bank (or takes a fresh SimpleFIN setup token) and sends the user to it. */
import { useActionState } from "react";
import { Field, describedBy } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { INITIAL_ACTION_STATE } from "@/lib/http/action-state";
import type { Locale } from "@/lib/i18n";
import { startAuthorizationAction } from "../../actions";
import { ct } from "../../messages";

export interface BankOption { id: string; name: string }

export function AuthorizeForm({ locale, connectionId, country, banks, selected, needsSetupToken }: {
  locale: Locale; connectionId: string; country: string; banks: BankOption[]; selected: string | null; needsSetupToken: boolean;
}) {
  const [state, action] = useActionState(startAuthorizationAction.bind(null, connectionId), INITIAL_ACTION_STATE);
  return (
    <form className="form" action={action}>
      <FormMessage error={state.error} />
      {needsSetupToken ? (
        <Field id="setupToken" label={ct(locale, "authorize.newToken")} hint={ct(locale, "authorize.newTokenHint")}>
          <input className="input" type="password" required autoComplete="off" {...describedBy("setupToken", "hint")} />
        </Field>
      ) : (
        <>
          <input type="hidden" name="country" value={country} />
          <Field id="institutionId" label={ct(locale, "authorize.bank")}>
            <select className="select" required defaultValue={selected ?? ""} {...describedBy("institutionId")}>
              {banks.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
            </select>
          </Field>
          <p className="muted small">{ct(locale, "authorize.redirectNote")}</p>
        </>
      )}
      <div className="form-actions"><SubmitButton label={ct(locale, "authorize.go")} pendingLabel={ct(locale, "authorize.going")} /></div>
    </form>
  );
}
