import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { getAccount } from "@/lib/accounts/accounts";
import { orNotFound, requireHouseholdContext } from "@/lib/http/session";
import { t } from "@/lib/i18n";
import { createTransactionAction } from "../../../../transactions/actions";
import { categoryOptions } from "../../../../transactions/category-options";
import { loadCustomCategories } from "@/lib/categorizer/ui/categories";
import { TransactionForm } from "../../../../transactions/transaction-form";
import { localizedTitle } from "@/components/page-title";

export const generateMetadata = localizedTitle("transaction.new.title");

export default async function NewTransactionPage({ params }: { params: Promise<{ accountId: string }> }) {
  const ctx = await requireHouseholdContext();
  if (!ctx.canWrite) notFound();
  const { accountId } = await params;
  const [account, custom] = await Promise.all([orNotFound(getAccount(ctx, accountId)), loadCustomCategories(ctx)]);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <PageHeader title={t(ctx.locale, "transaction.new.title")} subtitle={`${account.name} · ${account.currency}`} back={{ href: `/accounts/${account.id}`, label: account.name }} />
      <div className="card card--narrow">
        <TransactionForm locale={ctx.locale} action={createTransactionAction.bind(null, account.id)} categories={categoryOptions(custom, ctx.locale)}
          submitLabel={t(ctx.locale, "transaction.create")} cancelHref={`/accounts/${account.id}`}
          values={{ date: today, amount: "", label: "", note: "", categoryId: "0" }} />
      </div>
    </>
  );
}
