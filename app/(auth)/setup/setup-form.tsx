"use client";
import { useActionState, useEffect, useRef, useState } from "react";
import { signIn } from "next-auth/react";
import { Field, describedBy } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { INITIAL_ACTION_STATE } from "@/lib/http/action-state";
import { LOCALES, t, type Locale } from "@/lib/i18n";
import { setupAction } from "./actions";

const CURRENCIES = ["EUR", "USD", "GBP", "CHF", "CAD", "JPY", "SEK", "NOK", "DKK", "PLN", "CZK", "AUD"];

export function SetupForm({ locale: initialLocale }: { locale: Locale }) {
  const [state, action] = useActionState(setupAction, INITIAL_ACTION_STATE);
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [signInError, setSignInError] = useState<string>();
  const credentials = useRef({ email: "", password: "" });
  const errors = state.fieldErrors ?? {};
  const v = state.values ?? {};

  // Once the household exists, sign in with what was just typed and go to the dashboard.
  useEffect(() => {
    if (!state.savedAt) return;
    void signIn("credentials", { ...credentials.current, redirect: false }).then((result) => {
      if (result?.ok) window.location.assign("/");
      else setSignInError(t(locale, "signin.failed"));
    });
  }, [state.savedAt, locale]);

  return (
    <form
      className="form"
      action={action}
      onSubmit={(event) => {
        const data = new FormData(event.currentTarget);
        credentials.current = { email: String(data.get("email") ?? ""), password: String(data.get("password") ?? "") };
      }}
    >
      <FormMessage error={state.error ?? signInError} />
      <Field id="email" label={t(locale, "setup.email")} error={errors.email}>
        <input className="input" type="email" defaultValue={v.email} autoComplete="email" required {...describedBy("email", undefined, errors.email)} />
      </Field>
      <Field id="password" label={t(locale, "setup.password")} hint={t(locale, "setup.passwordHint")} error={errors.password}>
        <input className="input" type="password" autoComplete="new-password" minLength={10} required {...describedBy("password", "hint", errors.password)} />
      </Field>
      <Field id="name" label={t(locale, "setup.name")} isOptional optionalText={t(locale, "common.optional")} error={errors.name}>
        <input className="input" type="text" defaultValue={v.name} autoComplete="name" {...describedBy("name", undefined, errors.name)} />
      </Field>
      <Field id="householdName" label={t(locale, "setup.household")} error={errors.householdName}>
        <input className="input" type="text" defaultValue={v.householdName} required maxLength={100} {...describedBy("householdName", undefined, errors.householdName)} />
      </Field>
      <div className="row">
        <Field id="locale" label={t(locale, "setup.locale")} error={errors.locale}>
          <select className="select" value={locale} onChange={(e) => setLocale(e.target.value as Locale)} {...describedBy("locale", undefined, errors.locale)}>
            {LOCALES.map((code) => <option key={code} value={code}>{t(code, `locale.${code}`)}</option>)}
          </select>
        </Field>
        <Field id="currency" label={t(locale, "setup.currency")} error={errors.currency}>
          <input className="input" list="currency-list" defaultValue={v.currency ?? "EUR"} required maxLength={3} autoCapitalize="characters" {...describedBy("currency", undefined, errors.currency)} />
          <datalist id="currency-list">{CURRENCIES.map((c) => <option key={c} value={c} />)}</datalist>
        </Field>
      </div>
      <SubmitButton label={t(locale, "setup.submit")} pendingLabel={t(locale, "common.saving")} isBlock />
    </form>
  );
}
