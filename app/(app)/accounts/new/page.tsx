import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { requireHouseholdContext } from "@/lib/http/session";
import { t } from "@/lib/i18n";
import { createAccountAction } from "../actions";
import { AccountForm } from "../account-form";
import { localizedTitle } from "@/components/page-title";

export const generateMetadata = localizedTitle("account.new.title");

export default async function NewAccountPage() {
  const ctx = await requireHouseholdContext();
  if (!ctx.canWrite) notFound();
  return (
    <>
      <PageHeader title={t(ctx.locale, "account.new.title")} back={{ href: "/", label: t(ctx.locale, "nav.dashboard") }} />
      <div className="card card--narrow">
        <AccountForm locale={ctx.locale} action={createAccountAction} submitLabel={t(ctx.locale, "account.create")} cancelHref="/"
          values={{ name: "", type: "checking", currency: ctx.currency, iban: "", number: "", institution: "", openingBalance: "" }} />
      </div>
    </>
  );
}
