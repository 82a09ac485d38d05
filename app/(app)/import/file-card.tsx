"use client";
/**
 * One file on its way in: a look at its first MB (format, and for a CSV the layout and the saved profiles that
 * read it) → the mapping screen when the CSV needs one → preview with per-row choices → commit → result. The
 * browser keeps the File, so the commit uploads it again: nothing is staged on the server.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { CsvDetection } from "@/lib/aggregators/file/csv";
import type { FileFormat } from "@/lib/aggregators/types";
import type { BrowserPreview } from "@/lib/http/import-request";
import type { ImportProgress, ImportResult, RowDecision } from "@/lib/import/types";
import { t, type Locale, type MessageKey } from "@/lib/i18n";
import { chooseCsvStart, csvPreviewTarget, type SavedProfileOption } from "./choose-profile";
import type { FileRecord } from "./live-preview";
import { MappingEditor, type ProfileChoice } from "./mapping-editor";
import { DoneSummary, PreviewPanel } from "./preview-panel";
import { Progress } from "./progress";
import { UploadError, describeUploadError, formatBytes, postFile } from "./upload";

export interface AccountOption { id: string; name: string; currency: string }

interface DetectResponse {
  format: FileFormat | null;
  detection: CsvDetection | null;
  records: FileRecord[];
  savedProfiles: SavedProfileOption[];
  presets: { name: string; bank: string; country: string; profile: Record<string, unknown> }[];
}

type Phase =
  | { name: "uploading"; step: "detect" | "redetect" | "preview" | "commit"; progress: number; written?: ImportProgress }
  | { name: "mapping"; error?: string }
  | { name: "preview"; preview: BrowserPreview; decisions: Record<string, RowDecision>; error?: string }
  | { name: "done"; result: ImportResult }
  | { name: "error"; message: string };

const DETECT_PREFIX_BYTES = 1024 * 1024;

function choicesOf(detected: DetectResponse): ProfileChoice[] {
  return [
    ...detected.savedProfiles.map((p): ProfileChoice => ({ id: `saved:${p.id}`, label: p.name, group: "saved", profile: p.profile })),
    ...detected.presets.map((p): ProfileChoice => ({ id: `preset:${p.name}`, label: `${p.bank} (${p.country})`, group: "preset", profile: p.profile })),
  ];
}

export function FileCard({ locale, file, accounts, initialTarget, onRemove }: {
  locale: Locale; file: File; accounts: AccountOption[]; initialTarget: string; onRemove: () => void;
}) {
  const tr = (key: MessageKey, vars?: Record<string, string | number>) => t(locale, key, vars);
  const describe = (error: unknown) => describeUploadError(error, (message, line) => tr("importMap.errorLine", { message, line }));
  const [target, setTarget] = useState(initialTarget);
  const [csvProfile, setCsvProfile] = useState<Record<string, unknown> | null>(null);
  const [savedName, setSavedName] = useState<string | null>(null);
  const [saveProfileAs, setSaveProfileAs] = useState("");
  const [isFallbackTarget, setFallbackTarget] = useState(false);
  const [detected, setDetected] = useState<DetectResponse | null>(null);
  const [phase, setPhase] = useState<Phase>({ name: "uploading", step: "detect", progress: 0 });
  const runPreviewRef = useRef<(target: string, profile: Record<string, unknown> | null) => Promise<void>>(null);
  const accountIds = accounts.map((a) => a.id);

  const targetField = useCallback((value: string) => {
    if (value === "auto") return "auto";
    if (value === "new") return JSON.stringify({ newAccount: { name: file.name.replace(/\.[^.]+$/, "").slice(0, 100) } });
    return JSON.stringify({ accountId: value });
  }, [file.name]);

  const runPreview = useCallback(async (targetValue: string, profile: Record<string, unknown> | null) => {
    setPhase({ name: "uploading", step: "preview", progress: 0 });
    try {
      const fields: Record<string, string> = { target: targetField(targetValue), ...(profile ? { csvProfile: JSON.stringify(profile), format: "csv" } : {}) };
      const preview = await postFile<BrowserPreview>("/api/v1/imports/preview", file, file.name, fields, (progress) => setPhase({ name: "uploading", step: "preview", progress }));
      setPhase({ name: "preview", preview, decisions: {} });
    } catch (caught) {
      // A file that names no account (most CSVs) cannot be matched automatically: preview it into a new account,
      // which the user can still change to an existing one.
      if (caught instanceof UploadError && caught.body.code === "INVALID_INPUT" && targetValue === "auto") {
        setTarget("new");
        setFallbackTarget(true);
        return runPreviewRef.current?.("new", profile);
      }
      const isCsvProblem = caught instanceof UploadError && caught.body.code === "PARSE_ERROR" && detected?.format === "csv";
      setPhase(isCsvProblem ? { name: "mapping", error: describe(caught) } : { name: "error", message: describe(caught) });
    }
  }, [file, targetField, detected]);
  runPreviewRef.current = runPreview;

  const start = useCallback(async () => {
    setPhase({ name: "uploading", step: "detect", progress: 0 });
    let response: DetectResponse;
    try {
      response = await postFile<DetectResponse>("/api/v1/imports/detect", file.slice(0, DETECT_PREFIX_BYTES), file.name, {}, (progress) => setPhase({ name: "uploading", step: "detect", progress }));
    } catch (caught) {
      setPhase({ name: "error", message: describe(caught) });
      return;
    }
    setDetected(response);
  }, [file]);

  useEffect(() => { void start(); }, [start]);

  /** The mapping screen's separator or encoding changed: its records are read again, the screen stays. */
  async function reread(options: { delimiter: string; encoding: string }) {
    setPhase({ name: "uploading", step: "redetect", progress: 0 });
    try {
      const response = await postFile<DetectResponse>("/api/v1/imports/detect", file.slice(0, DETECT_PREFIX_BYTES), file.name, options);
      setDetected(response);
      setPhase({ name: "mapping" });
    } catch (caught) {
      setPhase({ name: "mapping", error: describe(caught) });
    }
  }

  // Once the file is known (and runPreview sees it), the first step: a preview, or the mapping screen.
  useEffect(() => {
    if (!detected || phase.name !== "uploading" || phase.step !== "detect") return;
    if (detected.format !== "csv" || !detected.detection) return void runPreview(initialTarget, null);
    const csvStart = chooseCsvStart(detected.detection, detected.savedProfiles, initialTarget, accountIds);
    if (csvStart.kind === "mapping") return setPhase({ name: "mapping" });
    if (csvStart.kind === "saved") {
      setCsvProfile(csvStart.saved.profile);
      setSavedName(csvStart.saved.name);
    }
    const profile = csvStart.kind === "saved" ? csvStart.saved.profile : null;
    previewCsv(csvStart.kind === "saved" ? csvStart.target : initialTarget, profile, (profile ?? detected.detection.profile) as Record<string, unknown> | null);
  }, [detected]);

  /** A CSV's preview: "auto" becomes a new account when the profile reading it names no account. */
  function previewCsv(targetValue: string, profile: Record<string, unknown> | null, readingProfile: Record<string, unknown> | null) {
    const chosen = csvPreviewTarget(targetValue, readingProfile);
    setTarget(chosen.target);
    setFallbackTarget(chosen.isFallback);
    void runPreview(chosen.target, profile);
  }

  async function commit(preview: BrowserPreview, decisions: Record<string, RowDecision>) {
    setPhase({ name: "uploading", step: "commit", progress: 0 });
    try {
      const fields: Record<string, string> = {
        target: targetField(target), decisions: JSON.stringify(decisions),
        ...(csvProfile ? { csvProfile: JSON.stringify(csvProfile), format: "csv" } : {}),
        ...(csvProfile && saveProfileAs ? { saveProfileName: saveProfileAs } : {}),
      };
      const result = await postFile<ImportResult>("/api/v1/imports", file, file.name, fields, (progress) => setPhase({ name: "uploading", step: "commit", progress }),
        (written) => setPhase({ name: "uploading", step: "commit", progress: 1, written }));
      setPhase({ name: "done", result });
    } catch (caught) {
      setPhase({ name: "preview", preview, decisions, error: describe(caught) });
    }
  }

  const isBusy = phase.name === "uploading";
  const targetId = `target-${file.name.replace(/[^a-z0-9]/gi, "-")}-${file.size}`;
  const progressLabel = phase.name !== "uploading" ? "" : phase.progress < 1
    ? tr("import.uploading", { name: file.name })
    : phase.step === "commit" ? tr("import.committing") : phase.step === "preview" ? tr("import.analyzing", { name: file.name }) : tr("importMap.checking", { name: file.name });
  return (
    <li className="card stack" aria-label={tr("importMap.fileLabel", { name: file.name })}>
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
              <label className="sr-only" htmlFor={targetId}>{tr("import.account")}</label>
              <select id={targetId} className="select file-item__target" value={target} disabled={isBusy}
                onChange={(e) => { setTarget(e.target.value); setFallbackTarget(false); if (phase.name !== "mapping") void runPreview(e.target.value, csvProfile); }}>
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
        <Progress fraction={phase.progress} label={progressLabel} waitingHint={phase.step === "preview" || phase.step === "commit" ? tr("importMap.serverStep") : undefined} written={phase.written} locale={locale} />
      ) : null}

      {phase.name === "error" ? (
        <div className="alert alert--error" role="alert">
          <p>{phase.message}</p>
          <div className="actions">
            <button type="button" className="btn btn--small" onClick={() => void (detected ? runPreview(target, csvProfile) : start())}>{tr("import.retry")}</button>
            {detected?.detection ? <button type="button" className="btn btn--small" onClick={() => setPhase({ name: "mapping" })}>{tr("import.adjustMapping")}</button> : null}
          </div>
        </div>
      ) : null}

      {phase.name === "mapping" && detected?.detection ? (
        <MappingEditor key={`${detected.detection.delimiter}|${detected.detection.encoding}`} locale={locale} fileName={file.name} detection={detected.detection} records={detected.records} choices={choicesOf(detected)}
          initialChoiceId={savedName ? `saved:${detected.savedProfiles.find((p) => p.name === savedName)?.id ?? ""}` : ""} initialProfile={csvProfile} error={phase.error}
          onCancel={() => setPhase({ name: "error", message: phase.error ?? tr("import.mappingIntro") })}
          onReread={(options) => void reread(options)}
          onApply={(profile, saveAs) => { setCsvProfile(profile); setSavedName(null); setSaveProfileAs(saveAs); previewCsv(target, profile, profile); }} />
      ) : null}

      {phase.name === "preview" && isFallbackTarget && target === "new" ? <div className="alert alert--info">{tr("import.fallbackNew")}</div> : null}
      {phase.name === "preview" && savedName ? <div className="alert alert--info" role="status">{tr("importMap.savedUsed", { name: savedName })}</div> : null}
      {phase.name === "preview" ? <PreviewPanel locale={locale} preview={phase.preview} decisions={phase.decisions} error={phase.error}
        onChange={(decisions) => setPhase({ ...phase, decisions, error: undefined })}
        onCommit={() => void commit(phase.preview, phase.decisions)} onAdjust={detected?.detection ? () => setPhase({ name: "mapping" }) : undefined} /> : null}

      {phase.name === "done" ? <DoneSummary locale={locale} result={phase.result} /> : null}
    </li>
  );
}
