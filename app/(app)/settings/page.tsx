import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { getHouseholdSettings } from "@/lib/households/settings";
import { listMembers } from "@/lib/households/members";
import { requireHouseholdContext } from "@/lib/http/session";
import { translator } from "@/lib/i18n";
import { HouseholdForm } from "./household-form";
import { Members } from "./members";
import { PasswordForm } from "./password-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const ctx = await requireHouseholdContext();
  const tr = translator(ctx.locale);
  const [settings, members] = await Promise.all([getHouseholdSettings(ctx), listMembers(ctx)]);
  return (
    <>
      <PageHeader title={tr("settings.title")} />
      <div className="stack">
        <section className="card card--narrow" aria-labelledby="household-heading">
          <h2 id="household-heading">{tr("settings.household")}</h2>
          {!ctx.canManage ? <p className="muted small">{tr("settings.ownerOnly")}</p> : null}
          <HouseholdForm locale={ctx.locale} values={settings} isReadOnly={!ctx.canManage} />
        </section>
        <section className="card" aria-labelledby="members-heading">
          <h2 id="members-heading">{tr("settings.members")}</h2>
          <p className="muted">{tr("settings.membersIntro")}</p>
          <Members locale={ctx.locale} canManage={ctx.canManage}
            members={members.map((m) => ({ id: m.id, email: m.email, name: m.name, role: m.role, isSelf: m.userId === ctx.userId }))} />
        </section>
        <section className="card card--narrow" aria-labelledby="password-heading">
          <h2 id="password-heading">{tr("password.title")}</h2>
          <p className="muted">{tr("password.intro")}</p>
          <PasswordForm locale={ctx.locale} email={ctx.email} />
        </section>
        <section className="card card--narrow" aria-labelledby="export-heading">
          <h2 id="export-heading">{tr("settings.data.title")}</h2>
          <p className="muted">{tr("settings.data.body")}</p>
          <div className="actions">
            <a className="btn" href="/api/v1/export" download>{tr("settings.data.download")}</a>
            {ctx.canManage ? <Link className="btn btn--ghost" href="/settings/api-tokens">{tr("settings.data.apiTokens")}</Link> : null}
            {ctx.canManage ? <Link className="btn btn--ghost" href="/settings/konnectors">{tr("konnectors.nav")}</Link> : null}
          </div>
        </section>
      </div>
    </>
  );
}
