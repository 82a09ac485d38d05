"use client";
/** One action of the rule editor: set category, set payee, add tag or mark as internal transfer. */
import type { CategoryChoice } from "@/lib/categorizer/ui/categories";
import { t, type Locale, type MessageKey } from "@/lib/i18n";
import { ACTION_TYPES, defaultAction, type Row } from "./draft";

export function ActionRow({ row, index, locale, categories, errors, onChange, onRemove }: {
  row: Row; index: number; locale: Locale; categories: CategoryChoice[]; errors: string[];
  onChange: (row: Row) => void; onRemove: () => void;
}) {
  const tr = (key: string) => t(locale, key as MessageKey);
  const type = String(row.type);
  const id = `action-${index}`;
  return (
    <fieldset className="card" aria-invalid={errors.length ? true : undefined} aria-describedby={errors.length ? `${id}-error` : undefined}>
      <div className="search">
        <select className="select" aria-label={tr("rules.actions")} value={type} onChange={(e) => onChange({ ...defaultAction(e.currentTarget.value, categories[0]?.id ?? "0"), key: row.key })}>
          {ACTION_TYPES.map((a) => <option key={a} value={a}>{tr(`rules.action.${a}`)}</option>)}
        </select>
        {type === "setCategory" ? (
          <select className="select" aria-label={tr("rules.action.setCategory")} value={String(row.categoryId ?? "")} onChange={(e) => onChange({ ...row, categoryId: e.currentTarget.value })}>
            {categories.map((c) => <option key={c.id} value={c.id}>{"\u00a0\u00a0".repeat(c.depth)}{c.name}</option>)}
          </select>
        ) : null}
        {type === "setPayee" || type === "addTag" ? (
          <input className="input" aria-label={tr(`rules.action.${type}`)} value={String(row[type === "setPayee" ? "payee" : "tag"] ?? "")}
            onChange={(e) => onChange({ ...row, [type === "setPayee" ? "payee" : "tag"]: e.currentTarget.value })} />
        ) : null}
        <button type="button" className="btn btn--ghost btn--small" onClick={onRemove}>{tr("rules.remove")}</button>
      </div>
      {errors.length ? <span id={`${id}-error`} className="field__error" role="alert">{errors.join(" ")}</span> : null}
    </fieldset>
  );
}
