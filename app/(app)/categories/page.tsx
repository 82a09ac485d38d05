import Link from "next/link";
import { ActionForm } from "@/components/categories/action-form";
import { CategoryDot } from "@/components/categories/category-dot";
import { CategorySelect } from "@/components/categories/category-select";
import { ConfirmButton } from "@/components/confirm-button";
import { PageHeader } from "@/components/page-header";
import { SubmitButton } from "@/components/submit-button";
import { listCategoryTree } from "@/lib/categorizer/categories";
import { isBuiltInCategory, type CategoryNode } from "@/lib/categorizer/tree";
import { categoryChoices, loadCustomCategories, type CategoryChoice } from "@/lib/categorizer/ui/categories";
import { requireHouseholdContext, type AppContext } from "@/lib/http/session";
import { translator } from "@/lib/i18n";
import { addCategoryAction, mergeCategoryAction, renameCategoryAction, setCategoryHiddenAction } from "./actions";
import { localizedTitle } from "@/components/page-title";

export const generateMetadata = localizedTitle("categories.title");

function CustomControls({ node, ctx, choices }: { node: CategoryNode; ctx: AppContext; choices: CategoryChoice[] }) {
  const tr = translator(ctx.locale);
  return (
    <details>
      <summary className="small">{tr("common.edit")}</summary>
      <div className="stack">
        <ActionForm action={renameCategoryAction.bind(null, node.id)} className="search" ariaLabel={tr("categories.rename")}>
          <input name="nameEn" className="input" defaultValue={node.nameEn} aria-label={tr("categories.nameEn")} maxLength={60} required />
          <input name="nameFr" className="input" defaultValue={node.nameFr} aria-label={tr("categories.nameFr")} maxLength={60} required />
          <SubmitButton label={tr("categories.rename")} variant="default" />
        </ActionForm>
        <form action={setCategoryHiddenAction.bind(null, node.id, !node.isHidden)}>
          <button type="submit" className="btn btn--small">{node.isHidden ? tr("categories.show") : tr("categories.hide")}</button>
        </form>
        <ActionForm action={mergeCategoryAction.bind(null, node.id)} className="search" ariaLabel={tr("categories.merge")}>
          <CategorySelect id={`merge-${node.id}`} name="targetId" choices={choices.filter((c) => c.id !== node.id)} label={tr("categories.mergeInto")} />
          <ConfirmButton label={tr("categories.merge")} question={tr("categories.mergeConfirm")} confirmLabel={tr("categories.merge")} cancelLabel={tr("common.cancel")} isSmall />
        </ActionForm>
      </div>
    </details>
  );
}

function Branch({ nodes, ctx, choices, isRoot = false }: { nodes: CategoryNode[]; ctx: AppContext; choices: CategoryChoice[]; isRoot?: boolean }) {
  const tr = translator(ctx.locale);
  return (
    <ul className={isRoot ? "category-tree" : undefined}>
      {nodes.map((node) => (
        <li key={node.id}>
          <CategoryDot name={ctx.locale === "fr" ? node.nameFr : node.nameEn} color={node.color} />
          {!node.isBuiltIn ? <> <span className="badge">{tr("categories.custom")}</span></> : null}
          {node.isHidden ? <> <span className="badge">{tr("categories.hidden")}</span></> : null}
          {!node.isBuiltIn && ctx.canWrite ? <CustomControls node={node} ctx={ctx} choices={choices} /> : null}
          {node.children.length ? <Branch nodes={node.children} ctx={ctx} choices={choices} /> : null}
        </li>
      ))}
    </ul>
  );
}

export default async function CategoriesPage() {
  const ctx = await requireHouseholdContext();
  const tr = translator(ctx.locale);
  const [tree, custom] = await Promise.all([listCategoryTree(ctx), loadCustomCategories(ctx)]);
  const choices = categoryChoices(custom, ctx.locale);
  return (
    <>
      <PageHeader title={tr("categories.title")} subtitle={tr("categories.subtitle")}>
        <Link className="btn" href="/transactions">{tr("nav.transactions")}</Link>
      </PageHeader>
      <div className="stack">
        {ctx.canWrite ? (
          <section className="card card--narrow">
            <h2>{tr("categories.add")}</h2>
            <ActionForm action={addCategoryAction}>
              <div className="field">
                <label htmlFor="parentId">{tr("categories.parent")}</label>
                <CategorySelect id="parentId" choices={choices.filter((c) => isBuiltInCategory(c.id))} />
              </div>
              <div className="row">
                <div className="field"><label htmlFor="nameEn">{tr("categories.nameEn")}</label><input id="nameEn" name="nameEn" className="input" maxLength={60} required /></div>
                <div className="field"><label htmlFor="nameFr">{tr("categories.nameFr")}</label><input id="nameFr" name="nameFr" className="input" maxLength={60} /></div>
                <div className="field"><label htmlFor="color">{tr("categories.color")}</label><input id="color" name="color" type="color" className="input input--color" defaultValue="#000000" /></div>
              </div>
              <div className="form-actions"><SubmitButton label={tr("categories.add")} pendingLabel={tr("common.saving")} /></div>
            </ActionForm>
          </section>
        ) : null}
        <section className="card"><Branch nodes={tree} ctx={ctx} choices={choices} isRoot /></section>
      </div>
    </>
  );
}
