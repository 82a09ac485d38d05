/** A <select> of categories, indented by depth (hidden ones are already left out of `choices`). */
import type { CategoryChoice } from "@/lib/categorizer/ui/categories";

export function CategorySelect({ id, name, choices, defaultValue, label, includeEmpty, emptyLabel, className = "select" }: {
  id: string; name?: string; choices: CategoryChoice[]; defaultValue?: string; label?: string; includeEmpty?: boolean; emptyLabel?: string; className?: string;
}) {
  return (
    <select id={id} name={name ?? id} className={className} defaultValue={defaultValue} aria-label={label}>
      {includeEmpty ? <option value="">{emptyLabel ?? ""}</option> : null}
      {choices.map((c) => <option key={c.id} value={c.id}>{"\u00a0\u00a0".repeat(c.depth)}{c.name}</option>)}
    </select>
  );
}
