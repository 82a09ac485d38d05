/** A labelled form field: label, control, hint and error wired together for screen readers. */
import type { ReactNode } from "react";

export function Field({ id, label, hint, error, isOptional, optionalText, children }: {
  id: string; label: string; hint?: string; error?: string; isOptional?: boolean; optionalText?: string; children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {isOptional ? <span className="muted small"> ({optionalText ?? "optional"})</span> : null}
      </label>
      {children}
      {hint ? <span id={`${id}-hint`} className="field__hint">{hint}</span> : null}
      {error ? <span id={`${id}-error`} className="field__error" role="alert">{error}</span> : null}
    </div>
  );
}

/** aria-* props for the control inside a Field. */
export function describedBy(id: string, hint?: string, error?: string) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return { id, name: id, "aria-invalid": error ? true : undefined, "aria-describedby": ids || undefined } as const;
}
