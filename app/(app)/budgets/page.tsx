import { ConfirmButton } from "@/components/confirm-button";
import { EmptyState } from "@/components/empty-state";
import { emptyText } from "@/components/empty-messages";
import { PageHeader } from "@/components/page-header";
import { loadBudgetProgress } from "@/lib/insights/budget-progress";
import { recordBudgetAlerts } from "@/lib/insights/budget-alerts";
import { explorerQuery } from "@/lib/insights/shape/filters";
import { selectCustomCategories } from "@/lib/categorizer/db/rows";
import { categoryName } from "@/lib/categorizer/tree";
import { categoryChoices } from "@/lib/categorizer/ui/categories";
import { raw } from "@/lib/db/raw";
import { todayIso } from "@/lib/dates";
import { requireHouseholdContext } from "@/lib/http/session";
import { fromMinor } from "@/lib/money";
import { translator } from "@/lib/i18n";
import { formatMonth, monthsBefore } from "@/lib/i18n/format";
import { BudgetCard } from "./budget-card";
import { BudgetForm } from "./budget-form";
import { createBudgetAction, deleteBudgetAction, updateBudgetAction } from "./actions";
import { localizedTitle } from "@/components/page-title";

export const generateMetadata = localizedTitle("budgets.title");

export default async function BudgetsPage() {
  const ctx = await requireHouseholdContext();
  const tr = translator(ctx.locale);
  const today = todayIso();
  const month = today.slice(0, 7);
  const [progress, custom, currencyRows] = await Promise.all([
    loadBudgetProgress(ctx, month),
    selectCustomCategories(raw(), ctx.householdId),
    raw().all<{ currency: string }>(`SELECT DISTINCT "currency" FROM "Account" WHERE "householdId" = ?`, [ctx.householdId]),
  ]);
  await recordBudgetAlerts(ctx, progress, ctx.locale);
  const currencies = [...new Set([ctx.currency, ...currencyRows.map((r) => r.currency)])];
  const choices = categoryChoices(custom, ctx.locale).filter((c) => c.id !== "0");
  const months = monthsBefore(month, 24).map((value) => ({ value, label: formatMonth(value, ctx.locale) }));
  const labels = {
    category: tr("budgets.category"), amount: tr("budgets.amount"), currency: tr("budgets.currency"), rollover: tr("budgets.rollover"),
    startMonth: tr("budget.startMonth"), chooseCategory: tr("budget.chooseCategory"),
  };
  return (
    <>
      <PageHeader title={tr("budgets.title")} subtitle={tr("budgets.subtitle")} />
      <div className="stack">
        <h2 className="section-title">{formatMonth(month, ctx.locale)}</h2>
        {progress.length === 0 ? <EmptyState title={tr("budgets.empty")} body={ctx.canWrite ? emptyText(ctx.locale, "budgets.body") : undefined} /> : progress.map((p) => {
          const name = categoryName(p.budget.categoryId, ctx.locale, custom);
          const href = `/transactions?${explorerQuery({ categoryIds: [p.budget.categoryId], from: `${month}-01`, to: today, isExcludingTransfers: true }, p.budget.currency)}`;
          return (
            <BudgetCard key={p.budget.id} progress={p} name={name} href={href} locale={ctx.locale}>
              {ctx.canWrite ? (
                <details className="budget-row__edit">
                  <summary className="small">{tr("common.edit")}</summary>
                  <BudgetForm action={updateBudgetAction.bind(null, p.budget.id)} categories={choices} currencies={currencies} months={months} idPrefix={`b-${p.budget.id}`}
                    labels={{ ...labels, submit: tr("budgets.save") }}
                    initial={{ categoryId: p.budget.categoryId, amount: fromMinor(p.budget.amountMinor, p.budget.currency), currency: p.budget.currency, isRollover: p.budget.isRollover, startMonth: p.budget.startMonth }} />
                  <form action={deleteBudgetAction} className="form-actions">
                    <input type="hidden" name="budgetId" value={p.budget.id} />
                    <ConfirmButton label={tr("budgets.delete")} question={tr("budgets.deleteQuestion")} confirmLabel={tr("budgets.delete")} cancelLabel={tr("common.cancel")} isSmall />
                  </form>
                </details>
              ) : null}
            </BudgetCard>
          );
        })}
        {ctx.canWrite ? (
          <section className="card">
            <h2>{tr("budgets.create")}</h2>
            <BudgetForm action={createBudgetAction} categories={choices} currencies={currencies} months={months} idPrefix="new" labels={{ ...labels, submit: tr("budgets.create") }} />
          </section>
        ) : null}
      </div>
    </>
  );
}
