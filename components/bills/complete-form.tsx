"use client";
/** The form of a bill "to complete" (read from a plain PDF): the proposed values prefilled, the text's other amounts and dates as hints. */
import { useActionState } from "react";
import { Field, describedBy } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { INITIAL_ACTION_STATE, type ActionState } from "@/lib/http/action-state";
import { t, type Locale, type MessageKey } from "@/lib/i18n";

export interface CompleteBillValues { vendor: string; vendorRef: string; type: string; amount: string; currency: string; date: string; dueDate: string; isRefund: boolean }

export function CompleteBillForm({ locale, action, values, proposedAmounts, proposedDates }: {
  locale: Locale;
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  values: CompleteBillValues;
  proposedAmounts: string[];
  proposedDates: string[];
}) {
  const [state, formAction] = useActionState(action, INITIAL_ACTION_STATE);
  const errors = state.fieldErrors ?? {};
  const v = { ...values, ...state.values, isRefund: state.values ? state.values.isRefund === "on" : values.isRefund };
  const tr = (key: MessageKey) => t(locale, key);
  return (
    <form className="form" action={formAction}>
      <FormMessage error={state.error} notice={state.notice} />
      <p className="muted small">{tr("bills.complete.hint")}</p>
      <div className="row">
        <Field id="vendor" label={tr("bills.field.vendor")} error={errors.vendor}>
          <input className="input" defaultValue={v.vendor} required maxLength={200} {...describedBy("vendor", undefined, errors.vendor)} />
        </Field>
        <Field id="vendorRef" label={tr("bills.field.vendorRef")} isOptional optionalText={tr("common.optional")} error={errors.vendorRef}>
          <input className="input" defaultValue={v.vendorRef} maxLength={200} {...describedBy("vendorRef", undefined, errors.vendorRef)} />
        </Field>
        <Field id="type" label={tr("bills.field.type")} isOptional optionalText={tr("common.optional")} error={errors.type}>
          <input className="input" defaultValue={v.type} maxLength={50} list="bill-types" {...describedBy("type", undefined, errors.type)} />
        </Field>
      </div>
      <datalist id="bill-types">
        {["energy", "phone", "internet", "insurance", "health_costs", "transport", "water", "rent", "tax"].map((type) => <option key={type} value={type} />)}
      </datalist>
      <div className="row">
        <Field id="amount" label={tr("bills.field.amount")} hint={proposedAmounts.length ? `${tr("bills.complete.amounts")}: ${proposedAmounts.join(", ")}` : undefined} error={errors.amount}>
          <input className="input input--amount" defaultValue={v.amount} required inputMode="decimal" {...describedBy("amount", proposedAmounts.length ? "hint" : undefined, errors.amount)} />
        </Field>
        <Field id="currency" label={tr("bills.field.currency")} error={errors.currency}>
          <input className="input" defaultValue={v.currency} required maxLength={3} {...describedBy("currency", undefined, errors.currency)} />
        </Field>
      </div>
      <div className="row">
        <Field id="date" label={tr("bills.field.date")} hint={proposedDates.length ? `${tr("bills.complete.dates")}: ${proposedDates.join(", ")}` : undefined} error={errors.date}>
          <input className="input" type="date" defaultValue={v.date} required {...describedBy("date", proposedDates.length ? "hint" : undefined, errors.date)} />
        </Field>
        <Field id="dueDate" label={tr("bills.field.dueDate")} isOptional optionalText={tr("common.optional")} error={errors.dueDate}>
          <input className="input" type="date" defaultValue={v.dueDate} {...describedBy("dueDate", undefined, errors.dueDate)} />
        </Field>
      </div>
      <label className="checkbox"><input type="checkbox" name="isRefund" defaultChecked={v.isRefund} /> {tr("bills.field.isRefund")}</label>
      <div className="form-actions">
        <SubmitButton label={tr("bills.complete.submit")} pendingLabel={tr("common.saving")} />
      </div>
    </form>
  );
}
