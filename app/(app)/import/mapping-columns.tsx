"use client";
/** The mapping screen's column roles: date and its format, label, amount layout, decimal style, currency, signs. */
import { t, type Locale, type MessageKey } from "@/lib/i18n";
import type { Mapping } from "./live-preview";

const DATE_FORMATS = ["dd/mm/yyyy", "dd/mm/yy", "mm/dd/yyyy", "mm/dd/yy", "yyyy-mm-dd", "dd.mm.yyyy", "dd.mm.yy", "dd-mm-yyyy", "yyyymmdd", "dd mmm yyyy"];

function ColumnSelect({ id, label, value, columns, onChange, noneLabel }: {
  id: string; label: string; value: number; columns: string[]; onChange: (value: number) => void; noneLabel?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="select" value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {noneLabel ? <option value={-1}>{noneLabel}</option> : null}
        {columns.map((name, index) => <option key={index} value={index}>{name}</option>)}
      </select>
    </div>
  );
}

export function MappingColumns({ locale, idPrefix, mapping, columns, onChange }: {
  locale: Locale; idPrefix: string; mapping: Mapping; columns: string[]; onChange: (patch: Partial<Mapping>) => void;
}) {
  const tr = (key: MessageKey, vars?: Record<string, string | number>) => t(locale, key, vars);
  const id = (name: string) => `${idPrefix}-${name}`;
  const [firstLabel = 0, secondLabel = -1] = mapping.labelColumns;
  const setLabels = (first: number, second: number) => onChange({ labelColumns: second >= 0 && second !== first ? [first, second] : [first] });
  return (
    <div className="mapping-grid">
      <ColumnSelect id={id("date")} label={tr("import.dateColumn")} value={mapping.dateColumn} columns={columns} onChange={(v) => onChange({ dateColumn: v })} />
      <div className="field">
        <label htmlFor={id("date-format")}>{tr("import.dateFormat")}</label>
        <select id={id("date-format")} className="select" value={mapping.dateFormat} onChange={(e) => onChange({ dateFormat: e.target.value })}>
          {[...new Set([mapping.dateFormat, ...DATE_FORMATS])].map((f) => <option key={f} value={f}>{f}</option>)}
        </select>
      </div>
      <ColumnSelect id={id("label")} label={tr("import.labelColumn")} value={firstLabel} columns={columns} onChange={(v) => setLabels(v, secondLabel)} />
      <ColumnSelect id={id("label2")} label={tr("importMap.secondLabel")} value={secondLabel} columns={columns} noneLabel={tr("importMap.none")} onChange={(v) => setLabels(firstLabel, v)} />
      <div className="field">
        <label htmlFor={id("layout")}>{tr("import.amountLayout")}</label>
        <select id={id("layout")} className="select" value={mapping.amountKind} onChange={(e) => onChange({ amountKind: e.target.value as Mapping["amountKind"] })}>
          <option value="signed">{tr("import.layout.signed")}</option>
          <option value="debitCredit">{tr("import.layout.debitCredit")}</option>
          <option value="indicator">{tr("importMap.layout.indicator")}</option>
        </select>
      </div>
      {mapping.amountKind === "debitCredit" ? (
        <>
          <ColumnSelect id={id("debit")} label={tr("import.debitColumn")} value={mapping.debitColumn} columns={columns} onChange={(v) => onChange({ debitColumn: v })} />
          <ColumnSelect id={id("credit")} label={tr("import.creditColumn")} value={mapping.creditColumn} columns={columns} onChange={(v) => onChange({ creditColumn: v })} />
        </>
      ) : (
        <ColumnSelect id={id("amount")} label={tr("import.amountColumn")} value={mapping.amountColumn} columns={columns} onChange={(v) => onChange({ amountColumn: v })} />
      )}
      {mapping.amountKind === "indicator" ? (
        <>
          <ColumnSelect id={id("indicator")} label={tr("importMap.indicatorColumn")} value={mapping.indicatorColumn} columns={columns} onChange={(v) => onChange({ indicatorColumn: v })} />
          <div className="field">
            <label htmlFor={id("debit-values")}>{tr("importMap.debitValues")}</label>
            <input id={id("debit-values")} className="input" value={mapping.debitValues} maxLength={200} aria-describedby={id("debit-values-hint")}
              onChange={(e) => onChange({ debitValues: e.target.value })} />
            <span id={id("debit-values-hint")} className="field__hint">{tr("importMap.debitValuesHint")}</span>
          </div>
        </>
      ) : null}
      <div className="field">
        <label htmlFor={id("decimal")}>{tr("import.decimal")}</label>
        <select id={id("decimal")} className="select" value={mapping.decimalSeparator} onChange={(e) => onChange({ decimalSeparator: e.target.value as "." | "," })}>
          <option value=".">{tr("importMap.decimalPoint")}</option>
          <option value=",">{tr("importMap.decimalComma")}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={id("currency")}>{tr("import.currencyColumn")}</label>
        <input id={id("currency")} className="input" value={mapping.currency} maxLength={3} placeholder="EUR" autoCapitalize="characters"
          onChange={(e) => onChange({ currency: e.target.value.toUpperCase() })} />
      </div>
      <label className="checkbox" style={{ alignSelf: "end" }}>
        <input type="checkbox" checked={mapping.invertSign} onChange={(e) => onChange({ invertSign: e.target.checked })} />
        <span>{tr("import.invertSign")}</span>
      </label>
    </div>
  );
}
