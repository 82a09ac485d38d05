"use client";
/** Create or edit a budget: category, monthly amount, currency, rollover and its start month. */
import { useActionState } from "react";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { INITIAL_ACTION_STATE, type ActionState } from "@/lib/http/action-state";

export interface BudgetFormLabels {
  category: string; amount: string; currency: string; rollover: string; startMonth: string; submit: string;
}

export function BudgetForm({ action, categories, currencies, labels, initial, idPrefix }: {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  categories: { id: string; name: string; depth: number }[];
  currencies: string[];
  labels: BudgetFormLabels;
  initial?: { categoryId: string; amount: string; currency: string; isRollover: boolean; startMonth: string };
  idPrefix: string;
}) {
  const [state, formAction] = useActionState(action, INITIAL_ACTION_STATE);
  const values = state.values;
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form action={formAction} className="inline-fields">
      <FormMessage error={state.error} />
      <div className="field">
        <label htmlFor={id("categoryId")}>{labels.category}</label>
        <select id={id("categoryId")} name="categoryId" className="select" defaultValue={values?.categoryId ?? initial?.categoryId ?? ""} aria-invalid={state.fieldErrors?.categoryId ? true : undefined}>
          {categories.map((c) => <option key={c.id} value={c.id}>{"\u00a0\u00a0".repeat(c.depth)}{c.name}</option>)}
        </select>
        {state.fieldErrors?.categoryId ? <span className="field__error">{state.fieldErrors.categoryId}</span> : null}
      </div>
      <div className="field">
        <label htmlFor={id("amount")}>{labels.amount}</label>
        <input id={id("amount")} name="amount" className="input input--amount" inputMode="decimal" required size={10} defaultValue={values?.amount ?? initial?.amount ?? ""} aria-invalid={state.fieldErrors?.amount ? true : undefined} />
        {state.fieldErrors?.amount ? <span className="field__error">{state.fieldErrors.amount}</span> : null}
      </div>
      <div className="field">
        <label htmlFor={id("currency")}>{labels.currency}</label>
        <select id={id("currency")} name="currency" className="select" defaultValue={values?.currency ?? initial?.currency ?? currencies[0]}>
          {currencies.map((c) => <option key={c}>{c}</option>)}
        </select>
      </div>
      <label className="checkbox small"><input type="checkbox" name="rollover" defaultChecked={values ? values.rollover === "on" : initial?.isRollover ?? false} /> {labels.rollover}</label>
      <div className="field">
        <label htmlFor={id("startMonth")}>{labels.startMonth}</label>
        <input id={id("startMonth")} name="startMonth" type="month" className="input" defaultValue={values?.startMonth ?? initial?.startMonth ?? ""} />
        {state.fieldErrors?.startMonth ? <span className="field__error">{state.fieldErrors.startMonth}</span> : null}
      </div>
      <SubmitButton label={labels.submit} variant="default" />
    </form>
  );
}
