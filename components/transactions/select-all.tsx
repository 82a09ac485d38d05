"use client";
/** "Select all on this page": ticks every `ids` checkbox of the form it sits in. */
export function SelectAll({ label }: { label: string }) {
  return (
    <label className="checkbox small">
      <input type="checkbox" onChange={(event) => {
        const isChecked = event.currentTarget.checked;
        event.currentTarget.form?.querySelectorAll<HTMLInputElement>('input[name="ids"]').forEach((box) => { box.checked = isChecked; });
      }} /> {label}
    </label>
  );
}
