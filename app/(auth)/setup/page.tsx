import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { isFirstRun } from "@/lib/households/setup";
import { browserLocale } from "@/lib/http/session";
import { t } from "@/lib/i18n";
import { SetupForm } from "./setup-form";

export const metadata: Metadata = { title: "Setup" };
export const dynamic = "force-dynamic";

/** First-run setup: open only while no user exists. */
export default async function SetupPage() {
  if (!(await isFirstRun())) redirect("/signin");
  const locale = await browserLocale();
  return (
    <main className="auth">
      <div className="auth__card">
        <div className="auth__brand">
          <span className="brand"><span className="brand__mark" aria-hidden="true">T</span>Tirelire</span>
        </div>
        <div className="card">
          <h1>{t(locale, "setup.title")}</h1>
          <p className="muted">{t(locale, "setup.intro")}</p>
          <SetupForm locale={locale} />
        </div>
      </div>
    </main>
  );
}
