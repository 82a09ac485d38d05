import { notFound } from "next/navigation";
import { Field, describedBy } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { PageHeader } from "@/components/page-header";
import { requireHouseholdContext } from "@/lib/http/session";
import { isAppError, toAppError } from "@/lib/errors";
import { translateMessage } from "@/lib/i18n";
import { getConnection, listInstitutions } from "@/lib/connections";
import type { ApiInstitution } from "@/lib/aggregators/types";
import { connectionsTranslator, ct } from "../../messages";
import { AuthorizeForm } from "./authorize-form";
import { localizedTitle } from "@/components/page-title";

export const generateMetadata = localizedTitle((locale) => ct(locale, "authorize.title"));

const DEFAULT_COUNTRY: Record<string, string> = { gocardless: "FR", enablebanking: "FI" };

export default async function AuthorizePage({ params, searchParams }: { params: Promise<{ connectionId: string }>; searchParams: Promise<{ country?: string }> }) {
  const ctx = await requireHouseholdContext();
  if (!ctx.canWrite) notFound();
  const tr = connectionsTranslator(ctx.locale);
  const { connectionId } = await params;
  const connection = await getConnection(ctx, connectionId).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const query = await searchParams;
  const country = (query.country ?? connection.institutionId?.split(":")[0] ?? DEFAULT_COUNTRY[connection.provider] ?? "FR").toUpperCase().slice(0, 2);
  const needsSetupToken = connection.provider === "simplefin";
  let banks: ApiInstitution[] = [];
  let error: string | null = null;
  if (!needsSetupToken) {
    try {
      banks = await listInstitutions(ctx, connection.id, country);
    } catch (thrown) {
      error = translateMessage(ctx.locale, toAppError(thrown).userMessage);
    }
  }
  return (
    <>
      <PageHeader title={tr("authorize.title")} subtitle={`${connection.name} · ${connection.providerLabel}`} back={{ href: "/connections", label: tr("title") }} />
      <div className="card card--narrow stack">
        {!needsSetupToken ? (
          <form className="row" method="get">
            <Field id="country" label={tr("authorize.country")}>
              <input className="input" defaultValue={country} maxLength={2} pattern="[A-Za-z]{2}" autoCapitalize="characters" required {...describedBy("country")} />
            </Field>
            <div className="form-actions"><button type="submit" className="btn">{tr("authorize.showBanks")}</button></div>
          </form>
        ) : null}
        {error ? <FormMessage error={error} /> : null}
        {!needsSetupToken && !error && banks.length === 0 ? <p className="muted">{tr("authorize.noBanks")}</p> : null}
        {needsSetupToken || banks.length ? (
          <AuthorizeForm locale={ctx.locale} connectionId={connection.id} country={country} needsSetupToken={needsSetupToken}
            banks={banks.map((b) => ({ id: b.id, name: b.name }))} selected={connection.institutionId} />
        ) : null}
      </div>
    </>
  );
}
