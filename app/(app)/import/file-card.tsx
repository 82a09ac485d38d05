"use client";
/**
 * One file on its way in: upload with progress → preview (or the mapping screen for an unknown CSV) → per-row
 * choices → commit → result. The browser keeps the File, so the commit uploads it again: nothing is staged on the server.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import Link from "next/link";
import type { CsvDetection } from "@/lib/aggregators/file/csv";
import type { BrowserPreview } from "@/lib/http/import-request";
import type { ImportResult, RowDecision } from "@/lib/import/types";
import { t, tCount, type Locale, type MessageKey } from "@/lib/i18n";
import { MappingEditor, type ProfileChoice } from "./mapping-editor";
import { PreviewTable } from "./preview-table";
import { UploadError, formatBytes, postFile } from "./upload";

export interface AccountOption { id: string; name: string; currency: string }

type Phase =
  | { name: "uploading"; progress: number; isCommit: boolean }
  | { name: "mapping"; detection: CsvDetection; choices: ProfileChoice[]; error?: string }
  | { name: "preview"; preview: BrowserPreview; decisions: Record<string, RowDecision>; error?: string }
  | { name: "done"; result: ImportResult }
  | { name: "error"; message: string };

interface DetectResponse { detection: CsvDetection; savedProfiles: { id: string; name: string; profile: Record<string, unknown> }[]; presets: { name: string; bank: string; country: string; profile: Record<string, unknown> }[] }

const looksLikeCsv = (file: File) => /\.(csv|txt|tsv)$/i.test(file.name) || file.type === "text/csv";

function Progress({ fraction, label }: { fraction: number | null; label: string }) {
  const percent = fraction === null ? null : Math.round(fraction * 100);
  return (
    <div className="stack" style={{ gap: 4 }}>
      <div className="small muted" aria-live="polite">{label}{percent !== null && percent < 100 ? ` ${percent} %` : ""}</div>
      <div className="progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent ?? undefined}>
        <div className="progress__bar" style={{ width: `${percent === null || percent >= 100 ? 100 : percent}%`, opacity: percent === null || percent >= 100 ? 0.5 : 1 }} />
      </div>
    </div>
  );
}

export function FileCard({ locale, file, accounts, initialTarget, onRemove }: {
  locale: Locale; file: File; accounts: AccountOption[]; initialTarget: string; onRemove: () => void;
}) {
  const tr = (key: MessageKey, vars?: Record<string, string | number>) => t(locale, key, vars);
  const [target, setTarget] = useState(initialTarget);
  const [csvProfile, setCsvProfile] = useState<Record<string, unknown> | null>(null);
  const [saveProfileAs, setSaveProfileAs] = useState("");
  const [isFallbackTarget, setFallbackTarget] = useState(false);
  const [phase, setPhase] = useState<Phase>({ name: "uploading", progress: 0, isCommit: false });
  const runPreviewRef = useRef<(target: string, profile: Record<string, unknown> | null) => Promise<void>>(null);

  const targetField = useCallback((value: string) => {
    if (value === "auto") return "auto";
    if (value === "new") return JSON.stringify({ newAccount: { name: file.name.replace(/\.[^.]+$/, "").slice(0, 100) } });
    return JSON.stringify({ accountId: value });
  }, [file.name]);

  const openMapping = useCallback(async (error?: string) => {
    setPhase({ name: "uploading", progress: 0, isCommit: false });
    try {
      const response = await postFile<DetectResponse>("/api/v1/imports/detect", file, {}, (progress) => setPhase({ name: "uploading", progress, isCommit: false }));
      const choices: ProfileChoice[] = [
        ...response.savedProfiles.map((p) => ({ id: `saved:${p.id}`, label: `★ ${p.name}`, profile: p.profile })),
        ...response.presets.map((p) => ({ id: `preset:${p.name}`, label: `${p.bank} (${p.country})`, profile: p.profile })),
      ];
      setPhase({ name: "mapping", detection: response.detection, choices, error });
    } catch (caught) {
      setPhase({ name: "error", message: error ?? (caught instanceof UploadError ? caught.message : String(caught)) });
    }
  }, [file]);

  const runPreview = useCallback(async (targetValue: string, profile: Record<string, unknown> | null) => {
    setPhase({ name: "uploading", progress: 0, isCommit: false });
    try {
      const fields: Record<string, string> = { target: targetField(targetValue), ...(profile ? { csvProfile: JSON.stringify(profile), format: "csv" } : {}) };
      const preview = await postFile<BrowserPreview>("/api/v1/imports/preview", file, fields, (progress) => setPhase({ name: "uploading", progress, isCommit: false }));
      setPhase({ name: "preview", preview, decisions: {} });
    } catch (caught) {
      const message = caught instanceof UploadError ? caught.message : String(caught);
      // A file that names no account (most CSVs) cannot be matched automatically: preview it into a new account,
      // which the user can still change to an existing one.
      if (caught instanceof UploadError && caught.body.code === "INVALID_INPUT" && targetValue === "auto") {
        setTarget("new");
        setFallbackTarget(true);
        return runPreviewRef.current?.("new", profile);
      }
      const isCsvProblem = caught instanceof UploadError && caught.body.code === "PARSE_ERROR" && (looksLikeCsv(file) || /CSV/i.test(message));
      if (isCsvProblem) await openMapping(message);
      else setPhase({ name: "error", message });
    }
  }, [file, openMapping, targetField]);

  runPreviewRef.current = runPreview;
  useEffect(() => { void runPreview(initialTarget, null); }, [runPreview, initialTarget]);

  async function commit(preview: BrowserPreview, decisions: Record<string, RowDecision>) {
    setPhase({ name: "uploading", progress: 0, isCommit: true });
    try {
      const fields: Record<string, string> = {
        target: targetField(target), decisions: JSON.stringify(decisions),
        ...(csvProfile ? { csvProfile: JSON.stringify(csvProfile), format: "csv" } : {}),
        ...(csvProfile && saveProfileAs ? { saveProfileName: saveProfileAs } : {}),
      };
      const result = await postFile<ImportResult>("/api/v1/imports", file, fields, (progress) => setPhase({ name: "uploading", progress, isCommit: true }));
      setPhase({ name: "done", result });
    } catch (caught) {
      setPhase({ name: "preview", preview, decisions, error: caught instanceof UploadError ? caught.message : String(caught) });
    }
  }

  const isBusy = phase.name === "uploading";
  return (
    <li className="card stack">
      <div className="file-item">
        <div>
          <div className="table__label">{file.name}</div>
          <div className="small muted">
            {formatBytes(file.size, locale)}
            {phase.name === "preview" ? ` · ${phase.preview.format.toUpperCase()}, ${phase.preview.encoding}` : ""}
          </div>
        </div>
        <div className="actions">
          {phase.name !== "done" ? (
            <>
              <label className="sr-only" htmlFor={`target-${file.name}`}>{tr("import.account")}</label>
              <select id={`target-${file.name}`} className="select file-item__target" value={target} disabled={isBusy}
                onChange={(e) => { setTarget(e.target.value); setFallbackTarget(false); void runPreview(e.target.value, csvProfile); }}>
                <option value="auto">{tr("import.accountAuto")}</option>
                <option value="new">{tr("import.newAccount")}</option>
                {accounts.map((a) => <option key={a.id} value={a.id}>{a.name} ({a.currency})</option>)}
              </select>
            </>
          ) : null}
          <button type="button" className="btn btn--ghost btn--small" onClick={onRemove} disabled={isBusy}>{tr("import.remove")}</button>
        </div>
      </div>

      {phase.name === "uploading" ? (
        <Progress fraction={phase.progress < 1 ? phase.progress : null}
          label={phase.progress < 1 ? tr("import.uploading", { name: file.name }) : phase.isCommit ? tr("import.committing") : tr("import.analyzing", { name: file.name })} />
      ) : null}

      {phase.name === "error" ? (
        <div className="alert alert--error" role="alert">
          <p>{phase.message}</p>
          <div className="actions">
            <button type="button" className="btn btn--small" onClick={() => void runPreview(target, csvProfile)}>{tr("import.retry")}</button>
            {looksLikeCsv(file) ? <button type="button" className="btn btn--small" onClick={() => void openMapping()}>{tr("import.adjustMapping")}</button> : null}
          </div>
        </div>
      ) : null}

      {phase.name === "mapping" ? (
        <MappingEditor locale={locale} fileName={file.name} detection={phase.detection} choices={phase.choices} error={phase.error}
          onCancel={() => setPhase({ name: "error", message: phase.error ?? tr("import.mappingIntro") })}
          onApply={(profile, saveAs) => { setCsvProfile(profile); setSaveProfileAs(saveAs); void runPreview(target, profile); }} />
      ) : null}

      {phase.name === "preview" && isFallbackTarget && target === "new" ? <div className="alert alert--info">{tr("import.fallbackNew")}</div> : null}
      {phase.name === "preview" ? <PreviewPanel locale={locale} phase={phase} onChange={(decisions) => setPhase({ ...phase, decisions, error: undefined })}
        onCommit={() => void commit(phase.preview, phase.decisions)} onAdjust={phase.preview.format === "csv" ? () => void openMapping() : undefined} /> : null}

      {phase.name === "done" ? <DoneSummary locale={locale} result={phase.result} /> : null}
    </li>
  );
}

function PreviewPanel({ locale, phase, onChange, onCommit, onAdjust }: {
  locale: Locale; phase: Extract<Phase, { name: "preview" }>; onChange: (decisions: Record<string, RowDecision>) => void; onCommit: () => void; onAdjust?: () => void;
}) {
  const tr = (key: MessageKey, vars?: Record<string, string | number>) => t(locale, key, vars);
  const { preview, decisions } = phase;
  const chosen = preview.rows.filter((row) => (decisions[row.rowKey] ?? row.defaultDecision) === "import").length + preview.hiddenNewRows;
  return (
    <div className="stack">
      <p>
        <strong>{preview.accounts.map((a) => `${a.name}${a.isNew ? ` (${tr("import.newAccount").toLowerCase()})` : ""}`).join(", ")}</strong>
        {" · "}{tr("import.summary", { new: preview.counts.new, duplicate: preview.counts.duplicate, possible: preview.counts.possibleDuplicate })}
      </p>
      {phase.error ? <div className="alert alert--error" role="alert">{phase.error}</div> : null}
      {preview.previousBatchIds.length ? <div className="alert alert--info">{tr("import.reimported")}</div> : null}
      {preview.warnings.length ? (
        <details className="alert alert--warning">
          <summary>{tr("import.warnings")} ({preview.warnings.length})</summary>
          <ul className="small">{preview.warnings.slice(0, 50).map((w, i) => <li key={i}>{w.line ? `L${w.line}: ` : ""}{w.message}</li>)}</ul>
        </details>
      ) : null}
      <PreviewTable locale={locale} rows={preview.rows} decisions={decisions} isDisabled={false}
        onDecide={(rowKey, decision) => onChange({ ...decisions, [rowKey]: decision })} />
      {preview.hiddenNewRows ? <p className="small muted">{tr("import.hiddenNew", { count: preview.hiddenNewRows })}</p> : null}
      <div className="form-actions">
        <button type="button" className="btn btn--primary" onClick={onCommit} disabled={chosen === 0}>{tCount(locale, "import.commit", chosen)}</button>
        {onAdjust ? <button type="button" className="btn btn--ghost" onClick={onAdjust}>{tr("import.adjustMapping")}</button> : null}
      </div>
    </div>
  );
}

function DoneSummary({ locale, result }: { locale: Locale; result: ImportResult }) {
  const tr = (key: MessageKey, vars?: Record<string, string | number>) => t(locale, key, vars);
  return (
    <div className="stack">
      {result.accounts.map((account) => (
        <div key={account.accountId} className="alert alert--success" role="status">
          <p>{tCount(locale, "import.done", account.new, { account: account.name })}</p>
          {account.balance && !account.balance.isMatching ? (
            <p className="alert alert--warning">{tr("import.balanceMismatch", { reported: account.balance.reported, computed: account.balance.computed })}</p>
          ) : null}
          <Link href={`/accounts/${account.accountId}`}>{tr("import.viewAccount")}</Link>
        </div>
      ))}
    </div>
  );
}
