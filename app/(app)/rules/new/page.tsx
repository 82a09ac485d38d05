import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import type { InitialRule } from "@/components/rules/rule-editor";
import { draftRuleForTransaction } from "@/lib/categorizer/ui/rules";
import { orNotFound, requireHouseholdContext } from "@/lib/http/session";
import { translator } from "@/lib/i18n";
import { RuleEditorSection } from "../rule-editor-page";

export const metadata: Metadata = { title: "New rule" };

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
  const initial: InitialRule = fromTransaction
    ? { ...BLANK, ...(await orNotFound(draftRuleForTransaction(ctx, fromTransaction))) } as InitialRule
    : BLANK;
  return (
    <>
      <PageHeader title={tr("rules.new.title")} back={{ href: fromTransaction ? `/transactions/${fromTransaction}/categorize` : "/rules", label: fromTransaction ? tr("txcat.title") : tr("rules.title") }} />
      <RuleEditorSection ctx={ctx} ruleId={null} initial={initial} />
    </>
  );
}
