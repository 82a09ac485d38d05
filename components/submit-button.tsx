"use client";
/** A form's submit button that disables itself and says so while the action runs. */
import { useFormStatus } from "react-dom";

export function SubmitButton({ label, pendingLabel, variant = "primary", isBlock = false }: {
  label: string; pendingLabel?: string; variant?: "primary" | "danger" | "default"; isBlock?: boolean;
}) {
  const { pending } = useFormStatus();
  const classes = ["btn", variant === "default" ? "" : `btn--${variant}`, isBlock ? "btn--block" : ""].filter(Boolean).join(" ");
  return (
    <button type="submit" className={classes} disabled={pending} aria-busy={pending}>
      {pending && pendingLabel ? pendingLabel : label}
    </button>
  );
}
