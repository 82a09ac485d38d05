import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { listAccountsWithBalances } from "@/lib/accounts/accounts";
import { requireHouseholdContext } from "@/lib/http/session";
import { maxUploadBytes } from "@/lib/http/upload";
import { t } from "@/lib/i18n";
import { ImportWorkbench } from "./workbench";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage({ searchParams }: { searchParams: Promise<{ account?: string }> }) {
  const ctx = await requireHouseholdContext();
  if (!ctx.canWrite) notFound();
  const accounts = (await listAccountsWithBalances(ctx)).filter((a) => !a.closedAt).map((a) => ({ id: a.id, name: a.name, currency: a.currency }));
  const { account } = await searchParams;
  const initialTarget = account && accounts.some((a) => a.id === account) ? account : "auto";
  return (
    <>
      <PageHeader title={t(ctx.locale, "import.title")} subtitle={t(ctx.locale, "import.subtitle")}>
        <Link className="btn" href="/import/history">{t(ctx.locale, "import.historyLink")}</Link>
      </PageHeader>
      <ImportWorkbench locale={ctx.locale} accounts={accounts} maxBytes={maxUploadBytes()} initialTarget={initialTarget} />
    </>
  );
}
