"use client";
import Link from "next/link";
import { useActionState } from "react";
import { Field, describedBy } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { INITIAL_ACTION_STATE, type ActionState } from "@/lib/http/action-state";
import { t, type Locale, type MessageKey } from "@/lib/i18n";

const ACCOUNT_TYPES = ["checking", "savings", "card", "loan", "investment", "cash", "other"] as const;
const CURRENCIES = ["EUR", "USD", "GBP", "CHF", "CAD", "JPY", "SEK", "NOK", "DKK", "PLN", "CZK", "AUD", "BHD"];

export interface AccountFormValues {
  name: string; type: string; currency: string; iban: string; number: string; institution: string; openingBalance: string;
}

export function AccountForm({ locale, action, values, submitLabel, cancelHref, isCurrencyLocked = false }: {
  locale: Locale;
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  values: AccountFormValues;
  submitLabel: string;
  cancelHref: string;
  isCurrencyLocked?: boolean;
}) {
  const [state, formAction] = useActionState(action, INITIAL_ACTION_STATE);
  const errors = state.fieldErrors ?? {};
  // After a failed submit, show what was typed (React resets a form to its default values after an action).
  const v = { ...values, ...state.values };
  const tr = (key: MessageKey) => t(locale, key);
  const optional = { isOptional: true, optionalText: tr("common.optional") };
  return (
    <form className="form" action={formAction}>
      <FormMessage error={state.error} />
      <Field id="name" label={tr("account.name")} error={errors.name}>
        <input className="input" defaultValue={v.name} required maxLength={100} {...describedBy("name", undefined, errors.name)} />
      </Field>
      <div className="row">
        <Field id="type" label={tr("account.type")} error={errors.type}>
          <select className="select" key={v.type} defaultValue={v.type} {...describedBy("type", undefined, errors.type)}>
            {ACCOUNT_TYPES.map((type) => <option key={type} value={type}>{tr(`accountType.${type}`)}</option>)}
          </select>
        </Field>
        <Field id="currency" label={tr("account.currency")} hint={tr("account.currencyHint")} error={errors.currency}>
          <input className="input" list="account-currencies" defaultValue={v.currency} required maxLength={3} readOnly={isCurrencyLocked}
            autoCapitalize="characters" {...describedBy("currency", "hint", errors.currency)} />
          <datalist id="account-currencies">{CURRENCIES.map((c) => <option key={c} value={c} />)}</datalist>
        </Field>
      </div>
      <Field id="institution" label={tr("account.institution")} error={errors.institution} {...optional}>
        <input className="input" defaultValue={v.institution} maxLength={200} {...describedBy("institution", undefined, errors.institution)} />
      </Field>
      <div className="row">
        <Field id="iban" label={tr("account.iban")} error={errors.iban} {...optional}>
          <input className="input" defaultValue={v.iban} maxLength={200} autoCapitalize="characters" spellCheck={false} {...describedBy("iban", undefined, errors.iban)} />
        </Field>
        <Field id="number" label={tr("account.number")} error={errors.number} {...optional}>
          <input className="input" defaultValue={v.number} maxLength={200} spellCheck={false} {...describedBy("number", undefined, errors.number)} />
        </Field>
      </div>
      <Field id="openingBalance" label={tr("account.openingBalance")} hint={tr("account.openingBalanceHint")} error={errors.openingBalance} {...optional}>
        <input className="input input--amount" defaultValue={v.openingBalance} inputMode="decimal" {...describedBy("openingBalance", "hint", errors.openingBalance)} />
      </Field>
      <div className="form-actions">
        <SubmitButton label={submitLabel} pendingLabel={tr("common.saving")} />
        <Link className="btn btn--ghost" href={cancelHref}>{tr("common.cancel")}</Link>
      </div>
    </form>
  );
}
