import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmButton } from "@/components/confirm-button";
import { Money } from "@/components/money";
import { PageHeader } from "@/components/page-header";
import { loadBudgetProgress } from "@/lib/insights/budget-progress";
import { recordBudgetAlerts } from "@/lib/insights/budget-alerts";
import { explorerQuery } from "@/lib/insights/shape/filters";
import { progressPercent } from "@/lib/insights/shape/budget";
import { selectCustomCategories } from "@/lib/categorizer/db/rows";
import { buildCategoryTree, categoryName, flattenCategoryTree } from "@/lib/categorizer/tree";
import { raw } from "@/lib/db/raw";
import { todayIso } from "@/lib/dates";
import { requireHouseholdContext } from "@/lib/http/session";
import { formatMoney, fromMinor } from "@/lib/money";
import { translator } from "@/lib/i18n";
import { BudgetForm } from "./budget-form";
import { createBudgetAction, deleteBudgetAction, updateBudgetAction } from "./actions";

export const metadata: Metadata = { title: "Budgets" };

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
  const categories = flattenCategoryTree(buildCategoryTree(custom)).filter(({ node }) => !node.isHidden && node.id !== "0")
    .map(({ node, depth }) => ({ id: node.id, name: ctx.locale === "fr" ? node.nameFr : node.nameEn, depth }));
  const labels = {
    category: tr("budgets.category"), amount: tr("budgets.amount"), currency: tr("budgets.currency"), rollover: tr("budgets.rollover"),
    startMonth: tr("budgets.startMonth"),
  };
  return (
    <>
      <PageHeader title={tr("budgets.title")} subtitle={tr("budgets.subtitle")} />
      <div className="stack">
        <p className="muted">{tr("budgets.month", { month })}</p>
        {progress.length === 0 ? <p className="muted">{tr("budgets.empty")}</p> : progress.map((p) => {
          const name = categoryName(p.budget.categoryId, ctx.locale, custom);
          const explorerHref = `/explore?${explorerQuery({ categoryIds: [p.budget.categoryId], from: `${month}-01`, to: today, isExcludingTransfers: true }, p.budget.currency)}`;
          return (
            <section key={p.budget.id} className="card budget-row">
              <h2><Link href={explorerHref}>{name}</Link></h2>
              <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={progressPercent(p)} aria-label={name}>
                <div className={`progress__bar${p.isExceeded ? " progress__bar--over" : ""}`} style={{ width: `${progressPercent(p)}%` }} />
              </div>
              <p className="small">
                {tr("budgets.spentOf", { spent: formatMoney(p.spentMinor, p.budget.currency, ctx.locale), available: formatMoney(p.availableMinor, p.budget.currency, ctx.locale) })}
                {" · "}
                {p.remainingMinor >= 0n
                  ? tr("budgets.remaining", { amount: formatMoney(p.remainingMinor, p.budget.currency, ctx.locale) })
                  : <strong className="amount--negative">{tr("budgets.over", { amount: formatMoney(-p.remainingMinor, p.budget.currency, ctx.locale) })}</strong>}
                {p.budget.isRollover ? <> · {tr("budgets.carry", { amount: "" })}<Money minor={p.carryInMinor} currency={p.budget.currency} locale={ctx.locale} isSigned /></> : null}
              </p>
              {ctx.canWrite ? (
                <details>
                  <summary className="small">{tr("common.edit")}</summary>
                  <BudgetForm action={updateBudgetAction.bind(null, p.budget.id)} categories={categories} currencies={currencies} idPrefix={`b-${p.budget.id}`}
                    labels={{ ...labels, submit: tr("budgets.save") }}
                    initial={{ categoryId: p.budget.categoryId, amount: fromMinor(p.budget.amountMinor, p.budget.currency), currency: p.budget.currency, isRollover: p.budget.isRollover, startMonth: p.budget.startMonth }} />
                  <form action={deleteBudgetAction}>
                    <input type="hidden" name="budgetId" value={p.budget.id} />
                    <ConfirmButton label={tr("budgets.delete")} question={tr("budgets.deleteQuestion")} confirmLabel={tr("budgets.delete")} cancelLabel={tr("common.cancel")} isSmall />
                  </form>
                </details>
              ) : null}
            </section>
          );
        })}
        {ctx.canWrite ? (
          <section className="card">
            <h2>{tr("budgets.create")}</h2>
            <BudgetForm action={createBudgetAction} categories={categories} currencies={currencies} idPrefix="new" labels={{ ...labels, submit: tr("budgets.create") }} />
          </section>
        ) : null}
      </div>
    </>
  );
}
