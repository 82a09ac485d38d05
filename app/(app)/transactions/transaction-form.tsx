"use client";
import Link from "next/link";
import { useActionState } from "react";
import { Field, describedBy } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { CategorySelect } from "@/components/categories/category-select";
import { INITIAL_ACTION_STATE, type ActionState } from "@/lib/http/action-state";
import { t, type Locale, type MessageKey } from "@/lib/i18n";

export interface TransactionFormValues { date: string; amount: string; label: string; note: string; categoryId: string }
export interface CategoryOption { id: string; name: string; depth: number }

export function TransactionForm({ locale, action, values, categories, submitLabel, cancelHref, isAmountLocked = false }: {
  locale: Locale;
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  values: TransactionFormValues;
  categories: CategoryOption[];
  submitLabel: string;
  cancelHref: string;
  isAmountLocked?: boolean;
}) {
  const [state, formAction] = useActionState(action, INITIAL_ACTION_STATE);
  const errors = state.fieldErrors ?? {};
  // After a failed submit, show what was typed (React resets a form to its default values after an action).
  const v = { ...values, ...state.values };
  const tr = (key: MessageKey) => t(locale, key);
  return (
    <form className="form" action={formAction}>
      <FormMessage error={state.error} />
      <div className="row">
        <Field id="date" label={tr("transaction.date")} error={errors.date}>
          <input className="input" type="date" defaultValue={v.date} required {...describedBy("date", undefined, errors.date)} />
        </Field>
        <Field id="amount" label={tr("transaction.amount")} hint={isAmountLocked ? tr("transaction.importedHint") : tr("transaction.amountHint")} error={errors.amount}>
          <input className="input input--amount" defaultValue={v.amount} required inputMode="decimal" readOnly={isAmountLocked}
            {...describedBy("amount", "hint", errors.amount)} />
        </Field>
      </div>
      <Field id="label" label={tr("transaction.label")} error={errors.label}>
        <input className="input" defaultValue={v.label} required maxLength={300} {...describedBy("label", undefined, errors.label)} />
      </Field>
      <Field id="categoryId" label={tr("transaction.category")} error={errors.categoryId}>
        <CategorySelect key={v.categoryId} id="categoryId" choices={categories} defaultValue={v.categoryId}
          isInvalid={!!errors.categoryId} describedBy={describedBy("categoryId", undefined, errors.categoryId)["aria-describedby"]} />
      </Field>
      <Field id="note" label={tr("transaction.note")} isOptional optionalText={tr("common.optional")} error={errors.note}>
        <textarea className="textarea" defaultValue={v.note} maxLength={2000} {...describedBy("note", undefined, errors.note)} />
      </Field>
      <div className="form-actions">
        <SubmitButton label={submitLabel} pendingLabel={tr("common.saving")} />
        <Link className="btn btn--ghost" href={cancelHref}>{tr("common.cancel")}</Link>
      </div>
    </form>
  );
}
