import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import type { InitialRule } from "@/components/rules/rule-editor";
import { listRules } from "@/lib/categorizer/store";
import { requireHouseholdContext } from "@/lib/http/session";
import { translator } from "@/lib/i18n";
import { RuleEditorSection } from "../../rule-editor-page";
import { localizedTitle } from "@/components/page-title";

export const generateMetadata = localizedTitle("rules.edit.title");

export default async function EditRulePage({ params }: { params: Promise<{ ruleId: string }> }) {
  const ctx = await requireHouseholdContext();
  if (!ctx.canWrite) notFound();
  const { ruleId } = await params;
  const rule = (await listRules(ctx)).find((r) => r.id === ruleId);
  if (!rule) notFound();
  const tr = translator(ctx.locale);
  // A stored rule that no longer validates still opens, with whatever rows can be shown, so it can be fixed.
  const initial: InitialRule = {
    name: rule.name, stage: rule.stage, conditionsOp: rule.conditionsOp, isEnabled: rule.isEnabled,
    conditions: Array.isArray(rule.conditions) ? rule.conditions : [], actions: Array.isArray(rule.actions) ? rule.actions : [],
  };
  return (
    <>
      <PageHeader title={tr("rules.edit.title")} subtitle={rule.name} back={{ href: "/rules", label: tr("rules.title") }} />
      <RuleEditorSection ctx={ctx} ruleId={rule.id} initial={initial} />
    </>
  );
}
