"use client";
/** The mapping screen for a CSV nobody described: pick what each column holds; the preview follows every change. */
import { useMemo, useState } from "react";
import type { CsvDetection } from "@/lib/aggregators/file/csv";
import { t, type Locale, type MessageKey } from "@/lib/i18n";
import { applyMapping, mappingFromProfile, profileFromMapping, type Mapping } from "./live-preview";

export interface ProfileChoice { id: string; label: string; profile: Record<string, unknown> }

const DATE_FORMATS = ["dd/mm/yyyy", "mm/dd/yyyy", "yyyy-mm-dd", "dd.mm.yyyy", "dd-mm-yyyy", "dd/mm/yy", "mm/dd/yy", "yyyymmdd", "dd mmm yyyy"];
const PREVIEW_ROWS = 8;

function ColumnSelect({ id, label, value, columns, onChange }: { id: string; label: string; value: number; columns: string[]; onChange: (value: number) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="select" value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {columns.map((name, index) => <option key={index} value={index}>{name}</option>)}
      </select>
    </div>
  );
}

export function MappingEditor({ locale, fileName, detection, choices, error, onApply, onCancel }: {
  locale: Locale;
  fileName: string;
  detection: CsvDetection;
  choices: ProfileChoice[];
  error?: string;
  onApply: (profile: Record<string, unknown>, saveAs: string) => void;
  onCancel: () => void;
}) {
  const tr = (key: MessageKey, vars?: Record<string, string | number>) => t(locale, key, vars);
  const detected = detection.profile as Record<string, unknown> | null;
  const [choiceId, setChoiceId] = useState("");
  const base = choices.find((c) => c.id === choiceId)?.profile ?? detected;
  const [mapping, setMapping] = useState<Mapping>(() => mappingFromProfile(detected, detection.headers));
  const [saveAs, setSaveAs] = useState("");
  const set = (patch: Partial<Mapping>) => setMapping((current) => ({ ...current, ...patch }));
  const columns = Array.from({ length: detection.columnCount }, (_, i) => {
    const header = detection.headers?.[i]?.trim();
    const sample = detection.preview[0]?.[i]?.trim();
    return `${tr("import.column", { n: i + 1 })}${header ? ` · ${header}` : sample ? ` · ${sample.slice(0, 24)}` : ""}`;
  });
  const live = useMemo(() => applyMapping(detection.preview.slice(0, PREVIEW_ROWS), mapping), [detection.preview, mapping]);
  const layout = { encoding: detection.encoding, delimiter: detection.delimiter, skipRows: (detection.headerLine ?? detection.dataStartLine) - 1, hasHeader: detection.headers !== null };

  return (
    <div className="stack">
      <div>
        <h2>{tr("import.mappingTitle", { name: fileName })}</h2>
        <p className="muted">{tr(detected ? "import.mappingCheck" : "import.mappingIntro")}</p>
        {error ? <div className="alert alert--error" role="alert">{error}</div> : null}
        {detection.issues.length ? <ul className="small muted">{detection.issues.map((issue) => <li key={issue}>{issue}</li>)}</ul> : null}
        <p className="small muted">
          {tr("import.delimiter")}: <code>{detection.delimiter === "\t" ? "TAB" : detection.delimiter}</code> · {detection.encoding}
          {detection.headerLine ? ` · ${tr("import.headerRow")}: ${detection.headerLine}` : ""}
        </p>
      </div>
      {choices.length ? (
        <div className="field" style={{ maxWidth: 420 }}>
          <label htmlFor="mapping-preset">{tr("import.preset")}</label>
          <select id="mapping-preset" className="select" value={choiceId} onChange={(e) => {
            setChoiceId(e.target.value);
            const chosen = choices.find((c) => c.id === e.target.value)?.profile ?? detected;
            setMapping(mappingFromProfile(chosen, detection.headers));
          }}>
            <option value="">{tr("import.presetNone")}</option>
            {choices.map((choice) => <option key={choice.id} value={choice.id}>{choice.label}</option>)}
          </select>
        </div>
      ) : null}
      <div className="mapping-grid">
        <ColumnSelect id="map-date" label={tr("import.dateColumn")} value={mapping.dateColumn} columns={columns} onChange={(v) => set({ dateColumn: v })} />
        <div className="field">
          <label htmlFor="map-date-format">{tr("import.dateFormat")}</label>
          <select id="map-date-format" className="select" value={mapping.dateFormat} onChange={(e) => set({ dateFormat: e.target.value })}>
            {[...new Set([mapping.dateFormat, ...DATE_FORMATS])].map((f) => <option key={f} value={f}>{f}</option>)}
          </select>
        </div>
        <ColumnSelect id="map-label" label={tr("import.labelColumn")} value={mapping.labelColumns[0] ?? 0} columns={columns}
          onChange={(v) => set({ labelColumns: [v, ...mapping.labelColumns.slice(1).filter((c) => c !== v)] })} />
        <div className="field">
          <label htmlFor="map-layout">{tr("import.amountLayout")}</label>
          <select id="map-layout" className="select" value={mapping.amountKind} onChange={(e) => set({ amountKind: e.target.value as Mapping["amountKind"] })}>
            <option value="signed">{tr("import.layout.signed")}</option>
            <option value="debitCredit">{tr("import.layout.debitCredit")}</option>
          </select>
        </div>
        {mapping.amountKind === "signed" ? (
          <ColumnSelect id="map-amount" label={tr("import.amountColumn")} value={mapping.amountColumn} columns={columns} onChange={(v) => set({ amountColumn: v })} />
        ) : (
          <>
            <ColumnSelect id="map-debit" label={tr("import.debitColumn")} value={mapping.debitColumn} columns={columns} onChange={(v) => set({ debitColumn: v })} />
            <ColumnSelect id="map-credit" label={tr("import.creditColumn")} value={mapping.creditColumn} columns={columns} onChange={(v) => set({ creditColumn: v })} />
          </>
        )}
        <div className="field">
          <label htmlFor="map-decimal">{tr("import.decimal")}</label>
          <select id="map-decimal" className="select" value={mapping.decimalSeparator} onChange={(e) => set({ decimalSeparator: e.target.value as "." | "," })}>
            <option value=".">1234.56</option>
            <option value=",">1234,56</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="map-currency">{tr("import.currencyColumn")}</label>
          <input id="map-currency" className="input" value={mapping.currency} maxLength={3} placeholder="EUR" onChange={(e) => set({ currency: e.target.value.toUpperCase() })} />
        </div>
        <label className="checkbox" style={{ alignSelf: "end" }}>
          <input type="checkbox" checked={mapping.invertSign} onChange={(e) => set({ invertSign: e.target.checked })} />
          <span>{tr("import.invertSign")}</span>
        </label>
      </div>
      <section aria-label={tr("import.livePreview")}>
        <h3>{tr("import.livePreview")}</h3>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr><th scope="col">{tr("transaction.col.date")}</th><th scope="col">{tr("transaction.col.label")}</th><th scope="col" className="num">{tr("transaction.col.amount")}</th></tr>
            </thead>
            <tbody>
              {live.map((row, index) => (
                <tr key={index}>
                  <td>{row.date ?? <span className="field__error">?</span>}</td>
                  <td>{row.label}</td>
                  <td className={`num amount${row.amount?.startsWith("-") ? " amount--negative" : ""}`}>{row.amount ?? <span className="field__error">?</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <div className="form-actions">
        <label className="sr-only" htmlFor="map-save-as">{tr("import.saveProfile")}</label>
        <input id="map-save-as" className="input" style={{ maxWidth: 260 }} value={saveAs} placeholder={tr("import.saveProfile")} maxLength={120} onChange={(e) => setSaveAs(e.target.value)} />
        <button type="button" className="btn btn--primary" onClick={() => onApply(profileFromMapping(base, mapping, layout), saveAs.trim())}>{tr("import.useMapping")}</button>
        <button type="button" className="btn btn--ghost" onClick={onCancel}>{tr("common.cancel")}</button>
      </div>
    </div>
  );
}
