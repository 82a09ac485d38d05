/**
 * The one category picker: the household's tree (built-in and custom categories, indented by depth; hidden and
 * merged ones are already left out of `choices`, see categoryChoices). A stored id of a merged category is shown
 * as its target: pass `resolveCategoryId(id, custom)` as the default value.
 */
import type { CategoryChoice } from "@/lib/categorizer/ui/categories";

export function CategorySelect({ id, name, choices, defaultValue, label, includeEmpty, emptyLabel, isRequired, isInvalid, isMultiple, describedBy, className = "select" }: {
  id: string; name?: string; choices: readonly Pick<CategoryChoice, "id" | "name" | "depth">[]; defaultValue?: string | string[];
  /** Only when no visible <label> names the select. */
  label?: string;
  includeEmpty?: boolean; emptyLabel?: string; isRequired?: boolean; isInvalid?: boolean; isMultiple?: boolean; describedBy?: string; className?: string;
}) {
  return (
    <select id={id} name={name ?? id} className={className} defaultValue={defaultValue} aria-label={label} required={isRequired} multiple={isMultiple}
      aria-invalid={isInvalid ? true : undefined} aria-describedby={describedBy}>
      {includeEmpty ? <option value="">{emptyLabel ?? ""}</option> : null}
      {choices.map((c) => <option key={c.id} value={c.id}>{"\u00a0\u00a0".repeat(c.depth)}{c.name}</option>)}
    </select>
  );
}
