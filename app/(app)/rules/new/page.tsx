import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import type { InitialRule } from "@/components/rules/rule-editor";
import { previewRuleApplication } from "@/lib/categorizer/store";
import { loadCustomCategories } from "@/lib/categorizer/ui/categories";
import { describeRuleChanges } from "@/lib/categorizer/ui/preview";
import { draftRuleForTransaction } from "@/lib/categorizer/ui/rules";
import { orNotFound, requireHouseholdContext } from "@/lib/http/session";
import { translator } from "@/lib/i18n";
import { RuleEditorSection } from "../rule-editor-page";
import { localizedTitle } from "@/components/page-title";

export const generateMetadata = localizedTitle("rules.new.title");

const BLANK: InitialRule = {
  name: "", stage: "default", conditionsOp: "and", isEnabled: true,
  conditions: [{ field: "payee", op: "contains", value: "" }], actions: [{ type: "setCategory", categoryId: "0" }],
};

/** ?fromTransaction=ID prefills "always categorize transactions like this one" from that transaction. */
export default async function NewRulePage({ searchParams }: { searchParams: Promise<{ fromTransaction?: string }> }) {
  const ctx = await requireHouseholdContext();
  if (!ctx.canWrite) notFound();
  const tr = translator(ctx.locale);
  const { fromTransaction } = await searchParams;
  const draft = fromTransaction ? await orNotFound(draftRuleForTransaction(ctx, fromTransaction)) : null;
  const initial: InitialRule = draft ? { ...BLANK, ...draft } as InitialRule : BLANK;
  // "Always categorize like this one": show at once which past transactions the drafted rule would change.
  const initialPreview = draft
    ? await describeRuleChanges(ctx, await previewRuleApplication(ctx, { ...draft, id: "draft" }), await loadCustomCategories(ctx), ctx.locale)
    : undefined;
  return (
    <>
      <PageHeader title={tr("rules.new.title")} back={{ href: fromTransaction ? `/transactions/${fromTransaction}/categorize` : "/rules", label: fromTransaction ? tr("txcat.title") : tr("rules.title") }} />
      <RuleEditorSection ctx={ctx} ruleId={null} initial={initial} initialPreview={initialPreview} />
    </>
  );
}
