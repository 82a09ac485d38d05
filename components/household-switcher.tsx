"use client";
/** Shown only to users in several households: picks the one the pages show. */
export function HouseholdSwitcher({ label, current, households, action }: {
  label: string; current: string; households: { id: string; name: string }[]; action: (formData: FormData) => Promise<void>;
}) {
  return (
    <form action={action}>
      <label htmlFor="household-switcher" className="sr-only">{label}</label>
      <select id="household-switcher" name="householdId" className="select" style={{ minHeight: 32, padding: "4px 8px", width: "auto" }} defaultValue={current}
        onChange={(event) => event.currentTarget.form?.requestSubmit()}>
        {households.map((h) => <option key={h.id} value={h.id}>{h.name}</option>)}
      </select>
    </form>
  );
}
