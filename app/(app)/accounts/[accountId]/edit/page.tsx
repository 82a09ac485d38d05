import { notFound } from "next/navigation";
import { ConfirmButton } from "@/components/confirm-button";
import { PageHeader } from "@/components/page-header";
import { getAccount, hasTransactions } from "@/lib/accounts/accounts";
import { orNotFound, requireHouseholdContext } from "@/lib/http/session";
import { translator } from "@/lib/i18n";
import { fromMinor } from "@/lib/money";
import { setAccountClosedAction, updateAccountAction } from "../../actions";
import { AccountForm } from "../../account-form";
import { localizedTitle } from "@/components/page-title";

export const generateMetadata = localizedTitle("account.edit.title");

export default async function EditAccountPage({ params }: { params: Promise<{ accountId: string }> }) {
  const ctx = await requireHouseholdContext();
  if (!ctx.canWrite) notFound();
  const { accountId } = await params;
  const account = await orNotFound(getAccount(ctx, accountId));
  const isCurrencyLocked = await hasTransactions(ctx, account.id);
  const tr = translator(ctx.locale);
  const isClosed = account.closedAt !== null;
  return (
    <>
      <PageHeader title={tr("account.edit.title")} back={{ href: `/accounts/${account.id}`, label: account.name }} />
      <div className="stack">
        <div className="card card--narrow">
          <AccountForm locale={ctx.locale} action={updateAccountAction.bind(null, account.id)} submitLabel={tr("common.save")}
            cancelHref={`/accounts/${account.id}`} isCurrencyLocked={isCurrencyLocked}
            values={{
              name: account.name, type: account.type, currency: account.currency, iban: account.iban ?? "", number: account.number ?? "",
              institution: account.institution ?? "", openingBalance: account.openingBalanceMinor === 0n ? "" : fromMinor(account.openingBalanceMinor, account.currency),
            }} />
        </div>
        <form className="card card--narrow" action={setAccountClosedAction.bind(null, account.id, !isClosed)}>
          {isClosed ? (
            <button type="submit" className="btn">{tr("account.reopen")}</button>
          ) : (
            <ConfirmButton label={tr("account.close")} question={tr("account.closeConfirm")} confirmLabel={tr("account.close")} cancelLabel={tr("common.cancel")} />
          )}
        </form>
      </div>
    </>
  );
}
