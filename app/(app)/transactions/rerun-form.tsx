"use client";
/** "Re-run categorization of everything not manual", with the number of transactions it changed. */
import { useActionState } from "react";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { INITIAL_ACTION_STATE, type ActionState } from "@/lib/http/action-state";

export function RerunForm({ action, label, pendingLabel, hint }: {
  action: (previous: ActionState) => Promise<ActionState>; label: string; pendingLabel: string; hint: string;
}) {
  const [state, formAction] = useActionState(action, INITIAL_ACTION_STATE);
  return (
    <form action={formAction} className="stack">
      <FormMessage error={state.error} notice={state.notice} />
      <div><SubmitButton label={label} pendingLabel={pendingLabel} variant="default" /> <span className="muted small">{hint}</span></div>
    </form>
  );
}
