import { notFound } from "next/navigation";
import { FormMessage } from "@/components/form-message";
import { PageHeader } from "@/components/page-header";
import { requireHouseholdContext } from "@/lib/http/session";
import { isAppError, toAppError } from "@/lib/errors";
import { translateMessage } from "@/lib/i18n";
import { formatMoney, isCurrencyCode, toMinor } from "@/lib/money";
import { getConnection, listMappableAccounts, listProviderAccounts, type ProviderAccountChoice } from "@/lib/connections";
import { connectionsTranslator, ct } from "../../messages";
import { MappingForm } from "./mapping-form";
import { localizedTitle } from "@/components/page-title";

export const generateMetadata = localizedTitle((locale) => ct(locale, "map.title"));

/** The bank's balance like every amount of the app ("1 234,56 €"); as the bank gave it when its currency is unknown. */
function balanceText(amount: string, currency: string | null, locale: string): string {
  if (!currency || !isCurrencyCode(currency)) return [amount, currency].filter(Boolean).join(" ");
  try {
    return formatMoney(toMinor(amount, currency), currency, locale);
  } catch {
    return `${amount} ${currency}`;
  }
}

export default async function MapAccountsPage({ params }: { params: Promise<{ connectionId: string }> }) {
  const ctx = await requireHouseholdContext();
  if (!ctx.canWrite) notFound();
  const tr = connectionsTranslator(ctx.locale);
  const { connectionId } = await params;
  const connection = await getConnection(ctx, connectionId).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  let choices: ProviderAccountChoice[] = [];
  let error: string | null = null;
  try {
    choices = await listProviderAccounts(ctx, connection.id);
  } catch (thrown) {
    error = translateMessage(ctx.locale, toAppError(thrown).userMessage);
  }
  const accounts = await listMappableAccounts(ctx, connection.id);
  const rows = choices.map((c) => ({
    externalId: c.account.externalId,
    label: c.account.name ?? c.account.iban ?? c.account.externalId,
    detail: [c.account.iban, c.account.balance ? balanceText(c.account.balance.amount, c.account.currency, ctx.locale) : c.account.currency].filter(Boolean).join(" · "),
    suggested: typeof c.suggested === "object" ? c.suggested.accountId : c.suggested,
  }));
  return (
    <>
      <PageHeader title={tr("map.title")} subtitle={`${connection.name} · ${connection.providerLabel}`} back={{ href: "/connections", label: tr("title") }} />
      <div className="card stack">
        <p className="muted">{tr("map.intro")}</p>
        {error ? <FormMessage error={error} /> : <MappingForm locale={ctx.locale} connectionId={connection.id} rows={rows} accounts={accounts} />}
      </div>
    </>
  );
}
