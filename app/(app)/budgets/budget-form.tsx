"use client";
/** Create or edit a budget: category, monthly amount, currency, rollover and its start month. */
import { useActionState } from "react";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { CategorySelect } from "@/components/categories/category-select";
import { INITIAL_ACTION_STATE, type ActionState } from "@/lib/http/action-state";

export interface BudgetFormLabels {
  category: string; chooseCategory: string; amount: string; currency: string; rollover: string; startMonth: string; submit: string;
}

export function BudgetForm({ action, categories, currencies, months, labels, initial, idPrefix }: {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  categories: { id: string; name: string; depth: number }[];
  currencies: string[];
  /** Months a rollover may count from, newest first (value "YYYY-MM", label in words). */
  months: { value: string; label: string }[];
  labels: BudgetFormLabels;
  initial?: { categoryId: string; amount: string; currency: string; isRollover: boolean; startMonth: string };
  idPrefix: string;
}) {
  const [state, formAction] = useActionState(action, INITIAL_ACTION_STATE);
  const values = state.values;
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form action={formAction} className="budget-form">
      <FormMessage error={state.error} />
      <div className="field">
        <label htmlFor={id("categoryId")}>{labels.category}</label>
        <CategorySelect id={id("categoryId")} name="categoryId" choices={categories} defaultValue={values?.categoryId ?? initial?.categoryId ?? ""}
          includeEmpty={!initial} emptyLabel={labels.chooseCategory} isRequired isInvalid={!!state.fieldErrors?.categoryId} />
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
      <label className="checkbox small budget-form__wide"><input type="checkbox" name="rollover" defaultChecked={values ? values.rollover === "on" : initial?.isRollover ?? false} /> {labels.rollover}</label>
      <div className="field">
        <label htmlFor={id("startMonth")}>{labels.startMonth}</label>
        <select id={id("startMonth")} name="startMonth" className="select" defaultValue={values?.startMonth ?? initial?.startMonth ?? months[0]?.value ?? ""}>
          {months.map((m) => <option key={m.value} value={m.value}>{m.label}</option>)}
          {initial && !months.some((m) => m.value === initial.startMonth) ? <option value={initial.startMonth}>{initial.startMonth}</option> : null}
        </select>
        {state.fieldErrors?.startMonth ? <span className="field__error">{state.fieldErrors.startMonth}</span> : null}
      </div>
      <SubmitButton label={labels.submit} variant="default" />
    </form>
  );
}
