"use client";
/**
 * A destructive submit button that asks first, in an accessible <dialog> (focus moves into it, Escape cancels).
 * It submits the form it sits in, so the action still runs as a normal server action.
 */
import { useRef } from "react";

export function ConfirmButton({ label, question, confirmLabel, cancelLabel, isSmall = false }: {
  label: string; question: string; confirmLabel: string; cancelLabel: string; isSmall?: boolean;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const confirm = () => {
    dialogRef.current?.close();
    triggerRef.current?.form?.requestSubmit();
  };
  return (
    <>
      <button ref={triggerRef} type="button" className={`btn btn--danger${isSmall ? " btn--small" : ""}`} onClick={() => dialogRef.current?.showModal()}>
        {label}
      </button>
      <dialog ref={dialogRef} className="dialog" aria-label={label}>
        <p>{question}</p>
        <div className="form-actions">
          <button type="button" className="btn btn--danger" onClick={confirm}>{confirmLabel}</button>
          <button type="button" className="btn" autoFocus onClick={() => dialogRef.current?.close()}>{cancelLabel}</button>
        </div>
      </dialog>
    </>
  );
}
