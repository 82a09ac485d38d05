"use client";
/** A one-button form whose server action reports a notice or an error (detect now). */
import { useActionState } from "react";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { INITIAL_ACTION_STATE, type ActionState } from "@/lib/http/action-state";

export function ActionForm({ action, label, pendingLabel }: { action: (previous: ActionState) => Promise<ActionState>; label: string; pendingLabel?: string }) {
  const [state, formAction] = useActionState(action, INITIAL_ACTION_STATE);
  return (
    <form action={formAction}>
      <SubmitButton label={label} pendingLabel={pendingLabel} variant="default" />
      <FormMessage error={state.error} notice={state.notice} />
    </form>
  );
}
