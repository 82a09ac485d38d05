"use client";
import { useActionState } from "react";
import { Field, describedBy } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { INITIAL_ACTION_STATE } from "@/lib/http/action-state";
import { LOCALES, t, type Locale } from "@/lib/i18n";
import { updateHouseholdAction } from "./actions";

export function HouseholdForm({ locale, values, isReadOnly }: { locale: Locale; values: { name: string; locale: string; currency: string }; isReadOnly: boolean }) {
  const [state, action] = useActionState(updateHouseholdAction, INITIAL_ACTION_STATE);
  const errors = state.fieldErrors ?? {};
  const v = { ...values, ...state.values };
  return (
    <form className="form" action={action}>
      <FormMessage error={state.error} notice={state.notice} />
      <fieldset disabled={isReadOnly} className="form">
        <Field id="hh-name" label={t(locale, "settings.householdName")} error={errors.name}>
          <input className="input" {...describedBy("hh-name", undefined, errors.name)} name="name" defaultValue={v.name} required maxLength={100} />
        </Field>
        <div className="row">
          <Field id="hh-locale" label={t(locale, "settings.locale")} error={errors.locale}>
            <select className="select" {...describedBy("hh-locale", undefined, errors.locale)} name="locale" key={v.locale} defaultValue={v.locale}>
              {LOCALES.map((code) => <option key={code} value={code}>{t(code, `locale.${code}`)}</option>)}
            </select>
          </Field>
          <Field id="hh-currency" label={t(locale, "settings.currency")} error={errors.currency}>
            <input className="input" {...describedBy("hh-currency", undefined, errors.currency)} name="currency" defaultValue={v.currency} required maxLength={3} autoCapitalize="characters" />
          </Field>
        </div>
        {isReadOnly ? null : <div><SubmitButton label={t(locale, "common.save")} pendingLabel={t(locale, "common.saving")} /></div>}
      </fieldset>
    </form>
  );
}
