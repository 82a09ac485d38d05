"use client";
/**
 * E-invoice upload on the bills page: several PDF/XML files at once, posted to /api/bills/upload (the built-in
 * e-invoice konnector reads them), then what was read per file — bills read from a plain PDF link to their
 * "to complete" form.
 */
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormMessage } from "@/components/form-message";
import { t, type Locale, type MessageKey } from "@/lib/i18n";
import { formatDay } from "@/lib/i18n/format";
import { formatMoney, toMinor } from "@/lib/money";
import type { BillUploadResult } from "@/lib/bills/ui/upload";

export function UploadPanel({ locale, maxFiles, maxFileMb }: { locale: Locale; maxFiles: number; maxFileMb: number }) {
  const router = useRouter();
  const [result, setResult] = useState<BillUploadResult | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [isBusy, setBusy] = useState(false);
  const tr = (key: MessageKey, vars?: Record<string, string | number>) => t(locale, key, vars);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const input = form.elements.namedItem("files") as HTMLInputElement;
    const files = [...(input.files ?? [])];
    if (files.length > maxFiles) return setError(tr("bills.upload.tooMany", { count: maxFiles }));
    const body = new FormData();
    for (const file of files) body.append("files", file, file.name);
    setBusy(true);
    setError(undefined);
    try {
      const response = await fetch("/api/bills/upload", { method: "POST", body });
      const json = (await response.json().catch(() => null)) as (BillUploadResult & { error?: { message: string } }) | null;
      if (!response.ok || !json) throw new Error(json?.error?.message ?? `HTTP ${response.status}`);
      setResult(json);
      form.reset();
      router.refresh();
    } catch (caught) {
      setResult(null);
      setError(caught instanceof TypeError ? tr("bills.upload.network") : (caught as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card stack" aria-labelledby="upload-title">
      <h2 id="upload-title">{tr("bills.upload.title")}</h2>
      <form className="form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="files">{tr("bills.upload.choose")}</label>
          <input id="files" name="files" type="file" multiple required accept=".pdf,.xml,application/pdf,application/xml,text/xml" className="input" aria-describedby="files-hint" />
          <span id="files-hint" className="field__hint">{tr("bills.upload.hint", { count: maxFiles, size: maxFileMb })}</span>
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn--primary" disabled={isBusy} aria-busy={isBusy}>{isBusy ? tr("bills.upload.uploading") : tr("bills.upload.submit")}</button>
        </div>
      </form>
      <FormMessage error={error} notice={result ? tr("bills.upload.result", { created: result.created, existing: result.existing, failed: result.failed }) : undefined} />
      {result ? (
        <ul className="file-list" aria-live="polite">
          {result.files.map((file, index) => (
            <li key={`${file.name}-${index}`} className="file-item">
              <strong>{file.name}</strong>
              {file.status === "failed" ? (
                <span className="field__error">{tr("bills.upload.failed")}: {file.error}</span>
              ) : (
                file.bills.map((bill) => (
                  <span key={bill.id} className="row" style={{ alignItems: "center" }}>
                    <Link href={`/bills/${bill.id}`}>{bill.vendor}{bill.vendorRef ? ` · ${bill.vendorRef}` : ""}</Link>
                    <span className="amount">{formatMoney(toMinor(bill.amount, bill.currency), bill.currency, locale)}</span>
                    <span className="muted small">{formatDay(bill.date, locale)}</span>
                    <span className={`badge ${file.created ? "badge--new" : "badge--duplicate"}`}>{file.created ? tr("bills.upload.new") : tr("bills.upload.known")}</span>
                    {bill.status === "to_complete" ? <Link className="btn btn--small" href={`/bills/${bill.id}`}>{tr("bills.upload.complete")}</Link> : null}
                  </span>
                ))
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
