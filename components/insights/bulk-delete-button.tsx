"use client";
/** Deletes the selected rows after a confirmation dialog, submitting the bulk form with op=delete. */
import { useRef } from "react";

export function BulkDeleteButton({ label, question, confirmLabel, cancelLabel }: { label: string; question: string; confirmLabel: string; cancelLabel: string }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button type="button" className="btn btn--danger" onClick={() => dialogRef.current?.showModal()}>{label}</button>
      <button ref={submitRef} type="submit" name="op" value="delete" hidden tabIndex={-1} aria-hidden="true" />
      <dialog ref={dialogRef} className="dialog" aria-label={label}>
        <p>{question}</p>
        <div className="form-actions">
          <button type="button" className="btn btn--danger" onClick={() => { dialogRef.current?.close(); submitRef.current?.form?.requestSubmit(submitRef.current); }}>{confirmLabel}</button>
          <button type="button" className="btn" autoFocus onClick={() => dialogRef.current?.close()}>{cancelLabel}</button>
        </div>
      </dialog>
    </>
  );
}
