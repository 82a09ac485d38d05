"use client";
/** Edit a recurring series: name, amount and interval (a preset cadence or a number of days). */
import { useActionState } from "react";
import { describedBy, Field } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { INITIAL_ACTION_STATE, type ActionState } from "@/lib/http/action-state";

export interface SeriesEditLabels {
  name: string;
  amount: string;
  interval: string;
  save: string;
  intervals: { days: number; label: string }[];
}

export function SeriesEditForm({ action, defaults, labels }: {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  defaults: { name: string; amount: string; intervalDays: number };
  labels: SeriesEditLabels;
}) {
  const [state, formAction] = useActionState(action, INITIAL_ACTION_STATE);
  const value = (key: "name" | "amount" | "intervalDays") => state.values?.[key] ?? String(defaults[key]);
  const intervals = labels.intervals.some((i) => i.days === defaults.intervalDays) ? labels.intervals : [...labels.intervals, { days: defaults.intervalDays, label: String(defaults.intervalDays) }];
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage error={state.error} notice={state.notice} />
      <Field id="name" label={labels.name} error={state.fieldErrors?.name}>
        <input className="input" defaultValue={value("name")} required maxLength={120} {...describedBy("name", undefined, state.fieldErrors?.name)} />
      </Field>
      <Field id="amount" label={labels.amount} error={state.fieldErrors?.amount}>
        <input className="input" inputMode="decimal" defaultValue={value("amount")} required {...describedBy("amount", undefined, state.fieldErrors?.amount)} />
      </Field>
      <Field id="intervalDays" label={labels.interval} error={state.fieldErrors?.intervalDays}>
        <select className="input" defaultValue={value("intervalDays")} {...describedBy("intervalDays", undefined, state.fieldErrors?.intervalDays)}>
          {intervals.map((i) => <option key={i.days} value={i.days}>{i.label}</option>)}
        </select>
      </Field>
      <div className="form-actions"><SubmitButton label={labels.save} /></div>
    </form>
  );
}
