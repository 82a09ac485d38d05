import type { Metadata } from "next";
import Link from "next/link";
import { browserLocale } from "@/lib/http/session";
import { t } from "@/lib/i18n";

export async function generateMetadata(): Promise<Metadata> {
  return { title: t(await browserLocale(), "notFound.title") };
}

export default async function NotFound() {
  const locale = await browserLocale();
  return (
    <main className="auth">
      <div className="card auth__card" style={{ textAlign: "center" }}>
        <p className="muted not-found__code">404</p>
        <h1>{t(locale, "notFound.title")}</h1>
        <p className="muted">{t(locale, "notFound.body")}</p>
        <Link className="btn btn--primary" href="/">{t(locale, "notFound.home")}</Link>
      </div>
    </main>
  );
}
