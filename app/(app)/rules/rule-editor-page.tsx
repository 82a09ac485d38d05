/** The shared body of the new/edit rule pages: choices loaded for the household, then the client editor. */
import { RuleEditor, type InitialRule } from "@/components/rules/rule-editor";
import { categoryChoices, loadCustomCategories } from "@/lib/categorizer/ui/categories";
import { listAccountNames } from "@/lib/categorizer/ui/transactions";
import type { RulePreview } from "@/lib/categorizer/ui/preview";
import type { AppContext } from "@/lib/http/session";
import { saveRuleAction } from "./actions";

export async function RuleEditorSection({ ctx, ruleId, initial, initialPreview }: { ctx: AppContext; ruleId: string | null; initial: InitialRule; initialPreview?: RulePreview }) {
  const [custom, accounts] = await Promise.all([loadCustomCategories(ctx), listAccountNames(ctx)]);
  return (
    <div className="card">
      <RuleEditor locale={ctx.locale} action={saveRuleAction.bind(null, ruleId)} initial={initial} initialPreview={initialPreview} categories={categoryChoices(custom, ctx.locale)} accounts={accounts} cancelHref="/rules" />
    </div>
  );
}
