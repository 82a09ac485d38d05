"use client";
/** One condition of the rule editor: field, operator and the inputs that operator needs. */
import { t, type Locale, type MessageKey } from "@/lib/i18n";
import { CONDITION_FIELDS, defaultCondition, type Row } from "./draft";

const TEXT_OPS = ["contains", "startsWith", "equals", "regex"];
const AMOUNT_OPS = ["equals", "range", "sign"];

export function ConditionRow({ row, index, locale, accounts, errors, onChange, onRemove }: {
  row: Row; index: number; locale: Locale; accounts: { id: string; name: string }[]; errors: string[];
  onChange: (row: Row) => void; onRemove: () => void;
}) {
  const tr = (key: string) => t(locale, key as MessageKey);
  const field = String(row.field);
  const set = (patch: Record<string, unknown>) => onChange({ ...row, ...patch });
  const text = (name: string, label: string, type = "text") => (
    <input className="input" type={type} aria-label={label} placeholder={label} value={String(row[name] ?? "")} onChange={(e) => set({ [name]: e.currentTarget.value })} />
  );
  const values = Array.isArray(row.values) ? (row.values as unknown[]) : [];
  const toggle = (value: unknown, isOn: boolean) => set({ values: isOn ? [...values, value] : values.filter((v) => v !== value) });
  const id = `condition-${index}`;
  return (
    <fieldset className="card" aria-invalid={errors.length ? true : undefined} aria-describedby={errors.length ? `${id}-error` : undefined}>
      <div className="search">
        <select className="select" aria-label={tr("rules.conditions")} value={field} onChange={(e) => onChange({ ...defaultCondition(e.currentTarget.value), key: row.key })}>
          {CONDITION_FIELDS.map((f) => <option key={f} value={f}>{tr(`rules.field.${f}`)}</option>)}
        </select>
        {["label", "payee", "rawLabel"].includes(field) || field === "amount" ? (
          <select className="select" aria-label="op" value={String(row.op)} onChange={(e) => set({ op: e.currentTarget.value })}>
            {(field === "amount" ? AMOUNT_OPS : TEXT_OPS).map((op) => <option key={op} value={op}>{tr(`rules.op.${op}`)}</option>)}
          </select>
        ) : <span className="muted">{tr(`rules.op.${String(row.op)}`)}</span>}
        {["label", "payee", "rawLabel"].includes(field) ? text("value", tr("rules.value")) : null}
        {field === "amount" && row.op === "equals" ? text("value", "-12.30") : null}
        {field === "amount" && row.op === "range" ? <>{text("min", tr("rules.min"))}{text("max", tr("rules.max"))}</> : null}
        {field === "amount" && row.op === "sign" ? (
          <select className="select" aria-label={tr("rules.op.sign")} value={String(row.sign ?? "debit")} onChange={(e) => set({ sign: e.currentTarget.value })}>
            <option value="debit">{tr("rules.sign.debit")}</option>
            <option value="credit">{tr("rules.sign.credit")}</option>
          </select>
        ) : null}
        {field === "currency" ? text("value", "EUR") : null}
        {field === "date" ? <>{text("from", tr("rules.from"), "date")}{text("to", tr("rules.to"), "date")}</> : null}
        {field === "account" ? accounts.map((a) => (
          <label key={a.id} className="checkbox"><input type="checkbox" checked={values.includes(a.id)} onChange={(e) => toggle(a.id, e.currentTarget.checked)} /> {a.name}</label>
        )) : null}
        {field === "weekday" ? [1, 2, 3, 4, 5, 6, 7].map((day) => (
          <label key={day} className="checkbox"><input type="checkbox" checked={values.includes(day)} onChange={(e) => toggle(day, e.currentTarget.checked)} /> {tr(`rules.weekday.${day}`)}</label>
        )) : null}
        <button type="button" className="btn btn--ghost btn--small" onClick={onRemove}>{tr("rules.remove")}</button>
      </div>
      {errors.length ? <span id={`${id}-error`} className="field__error" role="alert">{errors.join(" ")}</span> : null}
    </fieldset>
  );
}
