"use client";
/**
 * A one-button form bound to a server action, with the action's notice or error shown beside it. With a
 * `question`, it asks first (ConfirmButton) — for actions that cannot be taken back, like rejecting a link.
 */
import { useActionState } from "react";
import { ConfirmButton } from "@/components/confirm-button";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { INITIAL_ACTION_STATE, type ActionState } from "@/lib/http/action-state";

export function ActionButton({ action, label, pendingLabel, variant = "default", confirm }: {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  label: string;
  pendingLabel?: string;
  variant?: "primary" | "danger" | "default";
  confirm?: { question: string; confirmLabel: string; cancelLabel: string };
}) {
  const [state, formAction] = useActionState(action, INITIAL_ACTION_STATE);
  return (
    <form action={formAction} className="stack" style={{ display: "inline-block" }}>
      {confirm ? (
        <ConfirmButton label={label} question={confirm.question} confirmLabel={confirm.confirmLabel} cancelLabel={confirm.cancelLabel} isSmall />
      ) : (
        <SubmitButton label={label} pendingLabel={pendingLabel} variant={variant} />
      )}
      <FormMessage error={state.error} notice={state.notice} />
    </form>
  );
}
