"use client";
/** A file's preview (counts, warnings, the rows with their choices, the commit button) and, once imported, the result. */
import Link from "next/link";
import type { BrowserPreview } from "@/lib/http/import-request";
import type { ImportResult, RowDecision } from "@/lib/import/types";
import { t, tCount, type Locale, type MessageKey } from "@/lib/i18n";
import { PreviewTable } from "./preview-table";
import { UndoButton } from "./undo-button";

export function PreviewPanel({ locale, preview, decisions, error, onChange, onCommit, onAdjust }: {
  locale: Locale; preview: BrowserPreview; decisions: Record<string, RowDecision>; error?: string;
  onChange: (decisions: Record<string, RowDecision>) => void; onCommit: () => void; onAdjust?: () => void;
}) {
  const tr = (key: MessageKey, vars?: Record<string, string | number>) => t(locale, key, vars);
  const chosen = preview.rows.filter((row) => (decisions[row.rowKey] ?? row.defaultDecision) === "import").length + preview.hiddenNewRows;
  const isNothingNew = preview.counts.new === 0 && preview.counts.possibleDuplicate === 0;
  return (
    <div className="stack">
      <p>
        <strong>{preview.accounts.map((a) => `${a.name}${a.isNew ? ` (${tr("import.newAccount").toLowerCase()})` : ""}`).join(", ")}</strong>
        {" · "}{tr("import.summary", { new: preview.counts.new, duplicate: preview.counts.duplicate, possible: preview.counts.possibleDuplicate })}
      </p>
      {error ? <div className="alert alert--error" role="alert">{error}</div> : null}
      {isNothingNew ? <div className="alert alert--info" role="status">{tr(preview.counts.total === 0 ? "importMap.emptyFile" : "importMap.nothingNew")}</div> : null}
      {preview.previousBatchIds.length && !isNothingNew ? <div className="alert alert--info">{tr("import.reimported")}</div> : null}
      {preview.warnings.length ? (
        <details className="alert alert--warning">
          <summary>{tr("import.warnings")} ({preview.warnings.length})</summary>
          <ul className="small">{preview.warnings.slice(0, 50).map((w, i) => <li key={i}>{w.line ? tr("importMap.warningLine", { line: w.line, message: w.message }) : w.message}</li>)}</ul>
        </details>
      ) : null}
      <PreviewTable locale={locale} fileName={preview.fileName} rows={preview.rows} decisions={decisions} isDisabled={false}
        onDecide={(rowKey, decision) => onChange({ ...decisions, [rowKey]: decision })} />
      {preview.hiddenNewRows ? <p className="small muted">{tr("import.hiddenNew", { count: preview.hiddenNewRows })}</p> : null}
      <div className="form-actions">
        <button type="button" className="btn btn--primary" onClick={onCommit} disabled={chosen === 0}>{tCount(locale, "import.commit", chosen)}</button>
        {onAdjust ? <button type="button" className="btn btn--ghost" onClick={onAdjust}>{tr("import.adjustMapping")}</button> : null}
      </div>
    </div>
  );
}

export function DoneSummary({ locale, result }: { locale: Locale; result: ImportResult }) {
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
      {result.warnings.length ? (
        <details className="alert alert--warning">
          <summary>{tr("import.warnings")} ({result.warnings.length})</summary>
          <ul className="small">{result.warnings.slice(0, 50).map((w, i) => <li key={i}>{w.line ? tr("importMap.warningLine", { line: w.line, message: w.message }) : w.message}</li>)}</ul>
        </details>
      ) : null}
      <div className="actions">
        {result.new > 0 ? <UndoButton locale={locale} batchId={result.batchId} /> : null}
        <Link className="btn btn--ghost btn--small" href="/import/history">{tr("importMap.seeHistory")}</Link>
      </div>
    </div>
  );
}
