"use client";
/**
 * A file's progress: the upload's real fraction (XMLHttpRequest upload events). Once the bytes are sent the server
 * parses and writes in one request that reports nothing until it answers, so the bar then says so in words
 * instead of pretending to move.
 */
export function Progress({ fraction, label, waitingHint }: { fraction: number; label: string; waitingHint?: string }) {
  const isSending = fraction < 1;
  const percent = Math.round(fraction * 100);
  return (
    <div className="stack" style={{ gap: 4 }}>
      <div className="small muted" aria-live="polite">{label}{isSending ? ` ${percent} %` : ""}</div>
      <div className="progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100}
        aria-valuenow={isSending ? percent : undefined} aria-valuetext={isSending ? `${percent} %` : waitingHint ?? label}>
        <div className="progress__bar" style={{ width: `${isSending ? percent : 100}%`, opacity: isSending ? 1 : 0.5 }} />
      </div>
      {!isSending && waitingHint ? <div className="small muted">{waitingHint}</div> : null}
    </div>
  );
}
