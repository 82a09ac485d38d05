"use client";
/**
 * A file's progress: the upload's real fraction (XMLHttpRequest upload events), then for a commit the server's own
 * (its NDJSON progress lines: bytes of the file written, rows so far). Until the server says where it stands the
 * bar says in words that it is working instead of pretending to move.
 */
import { t, type Locale } from "@/lib/i18n";
import type { ImportProgress } from "@/lib/import/types";

export function Progress({ fraction, label, waitingHint, written, locale = "en" }: {
  fraction: number; label: string; waitingHint?: string; written?: ImportProgress; locale?: Locale;
}) {
  const isSending = fraction < 1;
  const writingLabel = !isSending && written ? describeWriting(written, locale) : null;
  const isMoving = isSending || writingLabel !== null;
  // The bytes are the honest measure: rows per byte vary along a file, the row total is only an estimate.
  const percent = Math.round((isSending || !written ? fraction : written.bytesDone / Math.max(written.bytesTotal, 1)) * 100);
  const shownLabel = writingLabel ?? label;
  return (
    <div className="stack" style={{ gap: 4 }}>
      <div className="small muted" aria-live="polite">{shownLabel}{isMoving ? ` ${percent} %` : ""}</div>
      <div className="progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100}
        aria-valuenow={isMoving ? percent : undefined} aria-valuetext={isMoving ? `${percent} %` : waitingHint ?? label}>
        <div className="progress__bar" style={{ width: `${isMoving ? percent : 100}%`, opacity: isMoving ? 1 : 0.5 }} />
      </div>
      {!isMoving && waitingHint ? <div className="small muted">{waitingHint}</div> : null}
    </div>
  );
}

/** "Writing rows: 42,000 of ~100,000": the total is the rows so far scaled to the file's bytes, two significant digits. */
export function describeWriting({ bytesDone, bytesTotal, rowsDone }: ImportProgress, locale: Locale): string {
  const estimated = bytesDone > 0 ? (rowsDone * bytesTotal) / bytesDone : rowsDone;
  const total = bytesDone >= bytesTotal ? rowsDone : Math.max(rowsDone, Number(estimated.toPrecision(2)));
  const format = new Intl.NumberFormat(locale);
  return t(locale, "importMap.writingRows", { done: format.format(rowsDone), total: format.format(total) });
}
