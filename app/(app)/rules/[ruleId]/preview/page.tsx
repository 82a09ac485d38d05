import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { SubmitButton } from "@/components/submit-button";
import { PreviewTable } from "@/components/rules/preview-table";
import { listRules, previewRuleApplication } from "@/lib/categorizer/store";
import { loadCustomCategories } from "@/lib/categorizer/ui/categories";
import { describeRuleChanges } from "@/lib/categorizer/ui/preview";
import { requireHouseholdContext } from "@/lib/http/session";
import { translator } from "@/lib/i18n";
import { applyRuleAction } from "../../actions";

export const metadata: Metadata = { title: "Rule preview" };

export default async function RulePreviewPage({ params }: { params: Promise<{ ruleId: string }> }) {
  const ctx = await requireHouseholdContext();
  const { ruleId } = await params;
  const rule = (await listRules(ctx)).find((r) => r.id === ruleId);
  if (!rule) notFound();
  const tr = translator(ctx.locale);
  const preview = rule.isValid ? await describeRuleChanges(ctx, await previewRuleApplication(ctx, rule.id), await loadCustomCategories(ctx), ctx.locale, 50) : null;
  return (
    <>
      <PageHeader title={tr("rules.previewTitle", { name: rule.name })} back={{ href: "/rules", label: tr("rules.title") }}>
        {ctx.canWrite ? <Link className="btn" href={`/rules/${rule.id}/edit`}>{tr("common.edit")}</Link> : null}
      </PageHeader>
      <div className="stack">
        {preview ? <PreviewTable preview={preview} locale={ctx.locale} /> : <p className="muted">{tr("rules.invalid")}</p>}
        {ctx.canWrite && preview && preview.count > 0 ? (
          <form action={applyRuleAction.bind(null, rule.id)}>
            <SubmitButton label={tr("rules.applyNow")} pendingLabel={tr("common.saving")} />
          </form>
        ) : null}
      </div>
    </>
  );
}
