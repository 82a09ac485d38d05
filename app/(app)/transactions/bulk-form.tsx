"use client";
/**
 * The transactions table inside one form: each row's checkbox posts `ids`, the bar on top picks a category
 * for all of them at once (a manual correction the model learns from).
 */
import { useActionState, useRef, type ReactNode } from "react";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { INITIAL_ACTION_STATE, type ActionState } from "@/lib/http/action-state";

export function BulkCategorizeForm({ action, categorySelect, selectAllLabel, applyLabel, pendingLabel, children }: {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  categorySelect: ReactNode;
  selectAllLabel: string;
  applyLabel: string;
  pendingLabel: string;
  children: ReactNode;
}) {
  const [state, formAction] = useActionState(action, INITIAL_ACTION_STATE);
  const formRef = useRef<HTMLFormElement>(null);
  const toggleAll = (isChecked: boolean) => {
    formRef.current?.querySelectorAll<HTMLInputElement>('input[name="ids"]').forEach((box) => { box.checked = isChecked; });
  };
  return (
    <form ref={formRef} action={formAction} className="stack">
      <FormMessage error={state.error ?? Object.values(state.fieldErrors ?? {})[0]} notice={state.notice} />
      <div className="search">
        <label className="checkbox">
          <input type="checkbox" onChange={(event) => toggleAll(event.currentTarget.checked)} /> {selectAllLabel}
        </label>
        {categorySelect}
        <SubmitButton label={applyLabel} pendingLabel={pendingLabel} variant="default" />
      </div>
      {children}
    </form>
  );
}
