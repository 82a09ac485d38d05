import Link from "next/link";
import type { ReactNode } from "react";
import { HouseholdSwitcher } from "@/components/household-switcher";
import { NavLinks } from "@/components/nav-links";
import { SignOutButton } from "@/components/sign-out-button";
import { requireHouseholdContext } from "@/lib/http/session";
import { listHouseholdsOfUser } from "@/lib/households/memberships";
import { t } from "@/lib/i18n";
import { switchHouseholdAction } from "./household/actions";
import { ct } from "./connections/messages";
import { rt } from "./recurring/messages";
import { nt } from "@/lib/notifications/messages";
import { countUnread } from "@/lib/notifications/list";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const ctx = await requireHouseholdContext();
  const households = await listHouseholdsOfUser(ctx.userId);
  const unread = await countUnread(ctx);
  const links = [
    { href: "/", label: t(ctx.locale, "nav.dashboard") },
    { href: "/transactions", label: t(ctx.locale, "nav.transactions") },
    { href: "/budgets", label: t(ctx.locale, "nav.budgets") },
    { href: "/recurring", label: rt(ctx.locale, "nav") },
    { href: "/notifications", label: unread > 0 ? `${nt(ctx.locale, "nav")} (${unread})` : nt(ctx.locale, "nav") },
    ...(ctx.canWrite ? [{ href: "/import", label: t(ctx.locale, "nav.import") }] : []),
    { href: "/bills", label: t(ctx.locale, "nav.bills") },
    { href: "/connections", label: ct(ctx.locale, "nav") },
    { href: "/rules", label: t(ctx.locale, "nav.rules") },
    { href: "/categories", label: t(ctx.locale, "nav.categories") },
    { href: "/settings", label: t(ctx.locale, "nav.settings") },
  ];
  return (
    <div lang={ctx.locale}>
      <a className="skip-link" href="#content">{t(ctx.locale, "nav.skip")}</a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link href="/" className="brand"><span className="brand__mark" aria-hidden="true">T</span>Tirelire</Link>
          <NavLinks links={links} label={t(ctx.locale, "nav.main")} />
          <div className="header-user">
            {households.length > 1 ? (
              <HouseholdSwitcher label={t(ctx.locale, "settings.household")} current={ctx.householdId} households={households} action={switchHouseholdAction} />
            ) : null}
            <span className="small" title={ctx.householdName}>{ctx.email}</span>
            <SignOutButton label={t(ctx.locale, "nav.signOut")} />
          </div>
        </div>
      </header>
      <main id="content" className="main">{children}</main>
    </div>
  );
}
