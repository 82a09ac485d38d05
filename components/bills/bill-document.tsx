/** The bill's document: a PDF is shown inline from the file route (same origin), anything else is downloaded. */
import { t, type Locale, type MessageKey } from "@/lib/i18n";

export function BillDocument({ billId, mime, name, locale }: { billId: string; mime: string | null; name: string | null; locale: Locale }) {
  const tr = (key: MessageKey) => t(locale, key);
  if (!mime) return <p className="muted">{tr("bills.file.none")}</p>;
  const url = `/api/bills/${encodeURIComponent(billId)}/file`;
  return (
    <div className="stack">
      <div className="actions">
        <a className="btn" href={`${url}?download=1`} download={name ?? undefined}>{tr("bills.file.download")}</a>
        {mime === "application/pdf" ? <a className="btn btn--ghost" href={url} target="_blank" rel="noopener">{tr("bills.file.open")}</a> : null}
      </div>
      {mime === "application/pdf" ? (
        <iframe src={url} title={tr("bills.file.viewer")} style={{ width: "100%", height: "70vh", border: "1px solid var(--border)", borderRadius: "var(--radius)" }} />
      ) : (
        <p className="muted">{tr("bills.file.notPdf")}</p>
      )}
    </div>
  );
}
