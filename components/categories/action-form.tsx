"use client";
/**
 * A small form around a server action that shows what it returned (error, field errors, notice) above its
 * controls; the controls themselves are rendered by the server page and passed as children.
 */
import { useActionState, type ReactNode } from "react";
import { FormMessage } from "@/components/form-message";
import { INITIAL_ACTION_STATE, type ActionState } from "@/lib/http/action-state";

export function ActionForm({ action, children, className = "form", ariaLabel }: {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  children: ReactNode;
  className?: string;
  ariaLabel?: string;
}) {
  const [state, formAction] = useActionState(action, INITIAL_ACTION_STATE);
  const fieldMessages = Object.values(state.fieldErrors ?? {});
  const error = state.error ?? (fieldMessages.length ? fieldMessages.join(" ") : undefined);
  return (
    <form className={className} action={formAction} aria-label={ariaLabel}>
      <FormMessage error={error} notice={state.notice} />
      {children}
    </form>
  );
}
