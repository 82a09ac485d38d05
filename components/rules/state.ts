/** What the rule form's action returns: the usual ActionState plus, for "preview", what would change. */
import type { ActionState } from "@/lib/http/action-state";
import type { RulePreview } from "@/lib/categorizer/ui/preview";

export interface RuleFormState extends ActionState {
  preview?: RulePreview;
}
