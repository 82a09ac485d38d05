import Link from "next/link";
import { notFound } from "next/navigation";
import { ConfirmButton } from "@/components/confirm-button";
import { PageHeader } from "@/components/page-header";
import { TransactionBillsSection } from "@/components/bills/transaction-bills";
import { getAccount } from "@/lib/accounts/accounts";
import { orNotFound, requireHouseholdContext } from "@/lib/http/session";
import { translator } from "@/lib/i18n";
import { fromMinor } from "@/lib/money";
import { getTransaction, isImportedTransaction } from "@/lib/transactions/manual";
import { deleteTransactionAction, updateTransactionAction } from "../../actions";
import { categoryOptions, shownCategoryId } from "../../category-options";
import { loadCustomCategories } from "@/lib/categorizer/ui/categories";
import { TransactionForm } from "../../transaction-form";
import { localizedTitle } from "@/components/page-title";

export const generateMetadata = localizedTitle("transaction.edit.title");

export default async function EditTransactionPage({ params }: { params: Promise<{ transactionId: string }> }) {
  const ctx = await requireHouseholdContext();
  if (!ctx.canWrite) notFound();
  const { transactionId } = await params;
  const transaction = await orNotFound(getTransaction(ctx, transactionId));
  const [account, custom] = await Promise.all([orNotFound(getAccount(ctx, transaction.accountId)), loadCustomCategories(ctx)]);
  const tr = translator(ctx.locale);
  return (
    <>
      <PageHeader title={tr("transaction.edit.title")} subtitle={`${account.name} · ${account.currency}`} back={{ href: `/accounts/${account.id}`, label: account.name }}>
        <Link className="btn" href={`/transactions/${transaction.id}/categorize`}>{tr("tx.categorize")}</Link>
      </PageHeader>
      <div className="stack">
        <div className="card card--narrow">
          <TransactionForm locale={ctx.locale} action={updateTransactionAction.bind(null, transaction.id)} categories={categoryOptions(custom, ctx.locale)}
            submitLabel={tr("common.save")} cancelHref={`/accounts/${account.id}`} isAmountLocked={isImportedTransaction(transaction)}
            values={{ date: transaction.date, amount: fromMinor(transaction.amountMinor, transaction.currency), label: transaction.label, note: transaction.note ?? "", categoryId: shownCategoryId(transaction.categoryId, custom) }} />
        </div>
        <TransactionBillsSection ctx={ctx} locale={ctx.locale} transaction={transaction} />
        <form className="card card--narrow" action={deleteTransactionAction.bind(null, transaction.id)}>
          <ConfirmButton label={tr("transaction.delete")} question={tr("transaction.deleteConfirm")} confirmLabel={tr("common.delete")} cancelLabel={tr("common.cancel")} />
        </form>
      </div>
    </>
  );
}
