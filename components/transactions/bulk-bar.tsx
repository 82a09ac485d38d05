/** What writers can do with the selected rows: set a category (the categorizer learns), add a tag, delete (asked first). */
import { CategorySelect } from "@/components/categories/category-select";
import { BulkDeleteButton } from "@/components/insights/bulk-delete-button";
import type { CategoryChoice } from "@/lib/categorizer/ui/categories";
import { translator, type Locale } from "@/lib/i18n";
import { SelectAll } from "./select-all";

export function BulkBar({ choices, locale }: { choices: CategoryChoice[]; locale: Locale }) {
  const tr = translator(locale);
  return (
    <fieldset className="card bulk-bar">
      <legend className="bulk-bar__legend">{tr("explore.bulk.title")}</legend>
      <SelectAll label={tr("tx.selectAll")} />
      <div className="bulk-bar__group">
        <label className="sr-only" htmlFor="bulk-category">{tr("tx.bulk.category")}</label>
        <CategorySelect id="bulk-category" name="categoryId" choices={choices} includeEmpty emptyLabel={tr("budget.chooseCategory")} />
        <button type="submit" name="op" value="category" className="btn">{tr("tx.bulk.categoryApply")}</button>
      </div>
      <div className="bulk-bar__group">
        <label className="sr-only" htmlFor="bulk-tag">{tr("explore.bulk.tagName")}</label>
        <input id="bulk-tag" name="tag" className="input" maxLength={40} placeholder={tr("explore.bulk.tagName")} />
        <button type="submit" name="op" value="tag" className="btn">{tr("explore.bulk.tag")}</button>
      </div>
      <BulkDeleteButton label={tr("explore.bulk.delete")} question={tr("explore.bulk.deleteQuestion")} confirmLabel={tr("explore.bulk.confirm")} cancelLabel={tr("explore.bulk.cancel")} />
    </fieldset>
  );
}
