"use client";
/** The error boundary: a calm message, no internals (those are in the server log under the digest). */
import { useEffect } from "react";
import { localeFromAcceptLanguage, t } from "@/lib/i18n";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error]);
  const locale = typeof navigator === "undefined" ? "en" : localeFromAcceptLanguage(navigator.languages.join(","));
  return (
    <main className="auth">
      <div className="card auth__card" role="alert">
        <h1>{t(locale, "error.title")}</h1>
        <p className="muted">{t(locale, "error.body")}</p>
        {error.digest ? <p className="small muted">Ref. {error.digest}</p> : null}
        <div className="form-actions">
          <button type="button" className="btn btn--primary" onClick={reset}>{t(locale, "error.retry")}</button>
          <a className="btn" href="/">{t(locale, "notFound.home")}</a>
        </div>
      </div>
    </main>
  );
}
