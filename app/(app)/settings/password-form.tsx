"use client";
import { useActionState } from "react";
import { Field, describedBy } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { INITIAL_ACTION_STATE } from "@/lib/http/action-state";
import { t, type Locale } from "@/lib/i18n";
import { changePasswordAction } from "./password-actions";

/** Current, new and confirmed password. React resets the fields after each submission: passwords are never echoed. */
export function PasswordForm({ locale, email }: { locale: Locale; email: string }) {
  const [state, action] = useActionState(changePasswordAction, INITIAL_ACTION_STATE);
  const errors = state.fieldErrors ?? {};
  return (
    <form className="form" action={action}>
      <FormMessage error={state.error} notice={state.notice} />
      {/* For password managers: whose password this is. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field id="currentPassword" label={t(locale, "password.current")} error={errors.currentPassword}>
        <input className="input" type="password" autoComplete="current-password" required maxLength={1000}
          {...describedBy("currentPassword", undefined, errors.currentPassword)} />
      </Field>
      <Field id="newPassword" label={t(locale, "password.new")} hint={t(locale, "password.newHint")} error={errors.newPassword}>
        <input className="input" type="password" autoComplete="new-password" required minLength={10} maxLength={200}
          {...describedBy("newPassword", "hint", errors.newPassword)} />
      </Field>
      <Field id="confirmPassword" label={t(locale, "password.confirm")} error={errors.confirmPassword}>
        <input className="input" type="password" autoComplete="new-password" required minLength={10} maxLength={200}
          {...describedBy("confirmPassword", undefined, errors.confirmPassword)} />
      </Field>
      <div><SubmitButton label={t(locale, "password.submit")} pendingLabel={t(locale, "common.saving")} /></div>
    </form>
  );
}
