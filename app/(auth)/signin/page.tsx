import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { householdContextFor } from "@/lib/auth/guard";
import { isFirstRun } from "@/lib/households/setup";
import { browserLocale, currentUserId } from "@/lib/http/session";
import { t } from "@/lib/i18n";
import { oidcSignInOption } from "@/lib/auth/oidc";
import { SignInForm } from "./signin-form";
import { OidcButton } from "./oidc-button";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string; callbackUrl?: string }> }) {
  if (await isFirstRun()) redirect("/setup");
  const locale = await browserLocale();
  const { error, callbackUrl } = await searchParams;
  // Already signed in (with a household to show): nothing to do here.
  const userId = await currentUserId();
  if (userId && (await householdContextFor(userId).then(() => true, () => false))) redirect("/");
  // Only same-site paths: an open redirect through ?callbackUrl= is refused.
  const target = callbackUrl && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  const sso = oidcSignInOption();
  return (
    <main className="auth">
      <div className="auth__card">
        <div className="auth__brand">
          <span className="brand"><span className="brand__mark" aria-hidden="true">T</span>Tirelire</span>
          <p className="muted small">{t(locale, "app.tagline")}</p>
        </div>
        <div className="card">
          <h1>{t(locale, "signin.title")}</h1>
          <SignInForm locale={locale} callbackUrl={target} initialError={error === "NoHousehold" ? t(locale, "signin.noHousehold") : error === "AccessDenied" ? t(locale, "signin.failed") : undefined} />
          {sso ? <OidcButton providerId={sso.id} label={sso.name} callbackUrl={target} /> : null}
        </div>
      </div>
    </main>
  );
}
