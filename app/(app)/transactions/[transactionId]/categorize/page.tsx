import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/categories/action-form";
import { CategoryDot } from "@/components/categories/category-dot";
import { CategorySelect } from "@/components/categories/category-select";
import { explainCategory } from "@/components/categories/why";
import { Money } from "@/components/money";
import { PageHeader } from "@/components/page-header";
import { SubmitButton } from "@/components/submit-button";
import { categoryChoices, labelCategory, loadCustomCategories } from "@/lib/categorizer/ui/categories";
import { countSimilar } from "@/lib/categorizer/ui/similar";
import { resolveCategoryId } from "@/lib/categorizer/tree";
import { getCategorizedTransaction } from "@/lib/categorizer/ui/transactions";
import { requireHouseholdContext } from "@/lib/http/session";
import { tCount, translator } from "@/lib/i18n";
import { formatDay } from "@/lib/i18n/format";
import { applyToSimilarAction, recategorizeOneAction } from "../../categorize-actions";
import { localizedTitle } from "@/components/page-title";

export const generateMetadata = localizedTitle("txcat.title");

export default async function CategorizeTransactionPage({ params }: { params: Promise<{ transactionId: string }> }) {
  const ctx = await requireHouseholdContext();
  const { transactionId } = await params;
  const row = await getCategorizedTransaction(ctx, transactionId);
  if (!row) notFound();
  const tr = translator(ctx.locale);
  const [custom, similarCount] = await Promise.all([loadCustomCategories(ctx), countSimilar(ctx, row.id)]);
  const current = labelCategory(row.categoryId, custom, ctx.locale);
  const choices = categoryChoices(custom, ctx.locale);

  return (
    <>
      <PageHeader title={row.label} subtitle={<>{formatDay(row.date, ctx.locale)} · <Money minor={row.amountMinor} currency={row.currency} locale={ctx.locale} isColored /></>}
        back={{ href: "/transactions", label: tr("tx.title") }} />
      <div className="stack">
        <dl className="card card--narrow facts">
          <dt className="muted small">{tr("txcat.rawLabel")}</dt><dd>{row.rawLabel}</dd>
          {row.payee ? <><dt className="muted small">{tr("txcat.payee")}</dt><dd>{row.payee}</dd></> : null}
          <dt className="muted small">{tr("txcat.account")}</dt><dd><Link href={`/accounts/${row.accountId}`}>{row.accountName}</Link></dd>
          <dt className="muted small">{tr("txcat.current")}</dt>
          <dd><CategoryDot name={current.name} color={current.color} /> <span className="muted small">— {explainCategory(row, ctx.locale)}</span></dd>
        </dl>

        {ctx.canWrite ? (
          <>
            <div className="card card--narrow">
              <h2>{tr("txcat.title")}</h2>
              <ActionForm action={recategorizeOneAction.bind(null, row.id)}>
                <div className="field">
                  <label htmlFor="categoryId">{tr("txcat.choose")}</label>
                  <CategorySelect id="categoryId" choices={choices} defaultValue={resolveCategoryId(row.categoryId, custom)} />
                </div>
                <div className="form-actions"><SubmitButton label={tr("txcat.save")} pendingLabel={tr("common.saving")} /></div>
              </ActionForm>
            </div>

            <div className="card card--narrow">
              <h2>{tr("txcat.similar")}</h2>
              <ActionForm action={applyToSimilarAction.bind(null, row.id)}>
                <p className="muted">{similarCount ? tCount(ctx.locale, "txcat.similarHint", similarCount) : tr("txcat.similarNone")}</p>
                {similarCount && row.categoryId !== "0" ? <div className="form-actions"><SubmitButton label={tr("txcat.similar")} pendingLabel={tr("common.saving")} variant="default" /></div> : null}
              </ActionForm>
            </div>

            <div className="card card--narrow">
              <h2>{tr("txcat.always")}</h2>
              <p className="muted">{tr("txcat.alwaysHint")}</p>
              <div className="form-actions"><Link className="btn" href={`/rules/new?fromTransaction=${encodeURIComponent(row.id)}`}>{tr("txcat.always")}</Link></div>
            </div>
          </>
        ) : <p className="muted">{tr("common.readOnly")}</p>}
      </div>
    </>
  );
}
