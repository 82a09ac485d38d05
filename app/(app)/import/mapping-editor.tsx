"use client";
/**
 * The mapping screen for a CSV nobody described: where the rows start, what each column holds, and a live preview
 * read by the parser's own code. A mapping can start from a saved profile, a bank preset or a JSON file, and be
 * exported as JSON or remembered for the account.
 */
import { useId, useMemo, useRef, useState } from "react";
import type { CsvDetection } from "@/lib/aggregators/file/csv";
import { t, type Locale, type MessageKey } from "@/lib/i18n";
import { mappingFromProfile, previewMapping, profileFromMapping, splitRecords, type FileRecord, type Mapping } from "./live-preview";
import { MappingColumns } from "./mapping-columns";
import { MappingPreview } from "./mapping-preview";
import { downloadProfile, readProfileFile } from "./profile-file";

const DELIMITERS = [[";", "; (semicolon)"], [",", ", (comma)"], ["\t", "TAB"], ["|", "| (pipe)"]] as const;
const ENCODINGS = ["utf-8", "utf-16le", "utf-16be", "windows-1252", "iso-8859-1", "iso-8859-15", "windows-1250", "iso-8859-2", "cp850", "cp852"];

export interface ProfileChoice { id: string; label: string; group: "saved" | "preset"; profile: Record<string, unknown> }

export function MappingEditor({ locale, fileName, detection, records, choices, initialChoiceId = "", initialProfile = null, error, onApply, onCancel, onReread }: {
  locale: Locale;
  fileName: string;
  detection: CsvDetection;
  records: FileRecord[];
  choices: ProfileChoice[];
  initialChoiceId?: string;
  /** The mapping in use (when the screen is opened again from a preview): the controls start from it. */
  initialProfile?: Record<string, unknown> | null;
  error?: string;
  onApply: (profile: Record<string, unknown>, saveAs: string) => void;
  onCancel: () => void;
  /** Reads the file's first records again under another separator or encoding (the editor is then rebuilt). */
  onReread: (options: { delimiter: string; encoding: string }) => void;
}) {
  const tr = (key: MessageKey, vars?: Record<string, string | number>) => t(locale, key, vars);
  const idPrefix = `map${useId().replace(/:/g, "")}`;
  const detected = detection.profile as Record<string, unknown> | null;
  const found = { skipRows: (detection.headerLine ?? detection.dataStartLine) - 1, hasHeader: detection.headers !== null };
  const layout = { encoding: detection.encoding, delimiter: detection.delimiter };
  const [choiceId, setChoiceId] = useState(initialChoiceId);
  const [base, setBase] = useState<Record<string, unknown> | null>(() => initialProfile ?? choices.find((c) => c.id === initialChoiceId)?.profile ?? detected);
  const [mapping, setMapping] = useState<Mapping>(() => mappingFromProfile(base, detection.headers, found));
  const [saveAs, setSaveAs] = useState("");
  const [notice, setNotice] = useState<{ isError: boolean; text: string } | null>(null);
  const importRef = useRef<HTMLInputElement>(null);
  const set = (patch: Partial<Mapping>) => setMapping((current) => ({ ...current, ...patch }));

  const { header, data } = splitRecords(records, mapping);
  const columnCount = Math.max(detection.columnCount, header?.cells.length ?? 0, ...data.slice(0, 20).map((r) => r.cells.length));
  const columns = Array.from({ length: columnCount }, (_, i) => {
    const name = header?.cells[i]?.trim();
    const sample = data[0]?.cells[i]?.trim();
    return `${tr("import.column", { n: i + 1 })}${name ? ` · ${name}` : sample ? ` · ${sample.slice(0, 24)}` : ""}`;
  });
  const live = useMemo(() => previewMapping(records, mapping, base, layout, 10), [records, mapping, base, layout.encoding, layout.delimiter]);
  const headers = header?.cells ?? null;

  function startFrom(id: string, profile: Record<string, unknown> | null) {
    setChoiceId(id);
    setBase(profile);
    setMapping(mappingFromProfile(profile, headers ?? detection.headers, found));
  }

  async function importProfile(file: File | undefined) {
    if (!file) return;
    try {
      const profile = await readProfileFile(file);
      startFrom("", profile);
      setNotice({ isError: false, text: tr("importMap.imported", { name: String(profile.name) }) });
    } catch (caught) {
      setNotice({ isError: true, text: caught instanceof Error ? caught.message : String(caught) });
    }
  }

  const profileName = saveAs.trim() || (typeof base?.name === "string" ? base.name : "") || fileName.replace(/\.[^.]+$/, "");
  const canUse = live.error === null && live.rows.some((row) => row.date !== null && row.amount !== null);
  return (
    <section className="stack" aria-labelledby={`${idPrefix}-title`}>
      <div>
        <h2 id={`${idPrefix}-title`}>{tr("import.mappingTitle", { name: fileName })}</h2>
        <p className="muted">{tr(detected ? "import.mappingCheck" : "import.mappingIntro")}</p>
        {error ? <div className="alert alert--error" role="alert">{error}</div> : null}
        {detection.issues.length ? (
          <div className="alert alert--warning"><p>{tr("importMap.issues")}</p><ul className="small">{detection.issues.map((issue) => <li key={issue}>{issue}</li>)}</ul></div>
        ) : null}
      </div>

      {choices.length ? (
        <div className="field" style={{ maxWidth: 420 }}>
          <label htmlFor={`${idPrefix}-start`}>{tr("importMap.startFrom")}</label>
          <select id={`${idPrefix}-start`} className="select" value={choiceId}
            onChange={(e) => startFrom(e.target.value, choices.find((c) => c.id === e.target.value)?.profile ?? detected)}>
            <option value="">{tr("import.presetNone")}</option>
            {(["saved", "preset"] as const).map((group) => {
              const inGroup = choices.filter((c) => c.group === group);
              return inGroup.length ? (
                <optgroup key={group} label={tr(group === "saved" ? "importMap.groupSaved" : "importMap.groupPresets")}>
                  {inGroup.map((choice) => <option key={choice.id} value={choice.id}>{choice.label}</option>)}
                </optgroup>
              ) : null;
            })}
          </select>
        </div>
      ) : null}

      <fieldset className="stack">
        <legend>{tr("importMap.rowsWhere")}</legend>
        <div className="mapping-grid">
          <div className="field">
            <label htmlFor={`${idPrefix}-delimiter`}>{tr("import.delimiter")}</label>
            <select id={`${idPrefix}-delimiter`} className="select" value={detection.delimiter} onChange={(e) => onReread({ delimiter: e.target.value, encoding: detection.encoding })}>
              {DELIMITERS.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${idPrefix}-encoding`}>{tr("importMap.encoding")}</label>
            <select id={`${idPrefix}-encoding`} className="select" value={detection.encoding} onChange={(e) => onReread({ delimiter: detection.delimiter, encoding: e.target.value })}>
              {[...new Set([detection.encoding, ...ENCODINGS])].map((name) => <option key={name} value={name}>{name}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${idPrefix}-start-line`}>{tr("importMap.dataStart")}</label>
            <input id={`${idPrefix}-start-line`} className="input" type="number" inputMode="numeric" min={1} max={1001} value={mapping.skipRows + 1}
              onChange={(e) => set({ skipRows: Math.min(1000, Math.max(0, Math.floor(Number(e.target.value) || 1) - 1)) })} />
          </div>
          <label className="checkbox" style={{ alignSelf: "end" }}>
            <input type="checkbox" checked={mapping.hasHeader} onChange={(e) => set({ hasHeader: e.target.checked })} />
            <span>{tr("importMap.hasHeader")}</span>
          </label>
        </div>
        <FileStart locale={locale} records={records} mapping={mapping} delimiter={detection.delimiter} />
      </fieldset>

      <fieldset className="stack">
        <legend>{tr("importMap.columns")}</legend>
        <MappingColumns locale={locale} idPrefix={idPrefix} mapping={mapping} columns={columns} onChange={set} />
      </fieldset>

      <MappingPreview locale={locale} idPrefix={idPrefix} preview={live} firstLine={mapping.skipRows + 1} />

      <fieldset className="stack">
        <legend>{tr("importMap.profileTitle")}</legend>
        <div className="field" style={{ maxWidth: 420 }}>
          <label htmlFor={`${idPrefix}-save-as`}>{tr("importMap.saveAs")}</label>
          <input id={`${idPrefix}-save-as`} className="input" value={saveAs} maxLength={120} aria-describedby={`${idPrefix}-save-hint`} onChange={(e) => setSaveAs(e.target.value)} />
          <span id={`${idPrefix}-save-hint`} className="field__hint">{tr("importMap.saveHint")}</span>
        </div>
        <div className="actions">
          <button type="button" className="btn btn--small" disabled={live.error !== null}
            onClick={() => downloadProfile(profileFromMapping(base, mapping, layout), profileName)}>{tr("importMap.export")}</button>
          <button type="button" className="btn btn--small" onClick={() => importRef.current?.click()}>{tr("importMap.import")}</button>
          <input ref={importRef} type="file" accept=".json,application/json" hidden aria-label={tr("importMap.import")}
            onChange={(e) => { void importProfile(e.target.files?.[0]); e.target.value = ""; }} />
        </div>
        {notice ? <div className={`alert ${notice.isError ? "alert--error" : "alert--info"}`} role={notice.isError ? "alert" : "status"}>{notice.text}</div> : null}
      </fieldset>

      <div className="form-actions">
        <button type="button" className="btn btn--primary" disabled={!canUse} onClick={() => onApply(profileFromMapping(base, mapping, layout), saveAs.trim())}>{tr("import.useMapping")}</button>
        <button type="button" className="btn btn--ghost" onClick={onCancel}>{tr("common.cancel")}</button>
      </div>
    </section>
  );
}

/** The first physical lines, so the preamble to skip and the header row can be seen. */
function FileStart({ locale, records, mapping, delimiter }: { locale: Locale; records: FileRecord[]; mapping: Mapping; delimiter: string }) {
  const tr = (key: MessageKey) => t(locale, key);
  const { header } = splitRecords(records, mapping);
  const shown = records.slice(0, Math.max(8, records.findIndex((r) => r.line > mapping.skipRows) + 4)).slice(0, 16);
  return (
    <details open={mapping.skipRows > 0 || undefined}>
      <summary>{tr("importMap.fileStart")}</summary>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={tr("importMap.fileStart")}>
        <table className="table">
          <thead><tr><th scope="col" className="num">{tr("importMap.line")}</th><th scope="col">{tr("importMap.content")}</th></tr></thead>
          <tbody>
            {shown.map((record) => {
              const isSkipped = record.line <= mapping.skipRows;
              const isHeader = header?.line === record.line;
              return (
                <tr key={record.line} className={isSkipped ? "row--muted" : undefined}>
                  <td className="num">{record.line}</td>
                  <td>
                    <code className="small">{record.cells.join(delimiter === "\t" ? " ⇥ " : ` ${delimiter} `).slice(0, 160)}</code>
                    {isSkipped ? <> <span className="badge">{tr("importMap.before")}</span></> : null}
                    {isHeader ? <> <span className="badge">{tr("importMap.headerBadge")}</span></> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
