"use server";
/** Rules page actions: save (with preview and optional retroactive application), toggle, move, delete, apply. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { RuleFormState } from "@/components/rules/state";
import { applyRuleRetroactively, deleteRule, listRules, previewRuleApplication, saveRule } from "@/lib/categorizer/store";
import { AppError } from "@/lib/errors";
import { loadCustomCategories } from "@/lib/categorizer/ui/categories";
import { describeRuleChanges } from "@/lib/categorizer/ui/preview";
import { parseRuleDraft } from "@/lib/categorizer/ui/rule-form";
import { moveRule, nextRulePosition, setRuleEnabled } from "@/lib/categorizer/ui/rules";
import { requirePermission } from "@/lib/auth/guard";
import { orNotFound, requireHouseholdContext } from "@/lib/http/session";
import { toActionState } from "@/lib/http/action-result";
import { translateMessage } from "@/lib/i18n";

const idSchema = z.string().trim().min(1).max(64);

function refresh(): void {
  revalidatePath("/rules");
  revalidatePath("/transactions");
}

/** ruleId null creates. intent=preview only previews; intent=save saves, then applies to the past when asked. */
export async function saveRuleAction(ruleId: string | null, _previous: RuleFormState, formData: FormData): Promise<RuleFormState> {
  const ctx = await requireHouseholdContext();
  let target: string;
  try {
    requirePermission(ctx, "write");
    const parsed = parseRuleDraft(String(formData.get("rule") ?? ""));
    if (!parsed.isValid) {
      const fieldErrors = Object.fromEntries(Object.entries(parsed.fieldErrors).map(([key, message]) => [key, translateMessage(ctx.locale, message)]));
      return { fieldErrors, error: parsed.error ? translateMessage(ctx.locale, parsed.error) : undefined };
    }
    if (formData.get("intent") === "preview") {
      const changes = await previewRuleApplication(ctx, { ...parsed.rule, id: ruleId ?? "draft" });
      return { preview: await describeRuleChanges(ctx, changes, await loadCustomCategories(ctx), ctx.locale) };
    }
    // An edit keeps its place unless it moves to another stage (then it goes last there).
    const existing = ruleId ? (await listRules(ctx)).find((r) => r.id === ruleId) : undefined;
    if (ruleId && !existing) throw new AppError("NOT_FOUND", "Rule not found");
    const position = existing && existing.stage === parsed.rule.stage ? existing.position : await nextRulePosition(ctx, parsed.rule.stage);
    const id = await saveRule(ctx, { ...parsed.rule, position, ...(ruleId ? { id: idSchema.parse(ruleId) } : {}) });
    const applied = formData.get("applyPast") === "1" ? (await applyRuleRetroactively(ctx, id)).updated : null;
    target = applied === null ? "/rules?saved=1" : `/rules?applied=${applied}`;
  } catch (error) {
    return toActionState(error, ctx.locale);
  }
  refresh();
  redirect(target);
}

export async function setRuleEnabledAction(ruleId: string, isEnabled: boolean): Promise<void> {
  const ctx = await requireHouseholdContext();
  await orNotFound(setRuleEnabled(ctx, idSchema.parse(ruleId), isEnabled));
  refresh();
}

export async function moveRuleAction(ruleId: string, direction: "up" | "down"): Promise<void> {
  const ctx = await requireHouseholdContext();
  await orNotFound(moveRule(ctx, idSchema.parse(ruleId), direction === "up" ? "up" : "down"));
  refresh();
}

export async function deleteRuleAction(ruleId: string): Promise<void> {
  const ctx = await requireHouseholdContext();
  await orNotFound(deleteRule(ctx, idSchema.parse(ruleId)));
  refresh();
}

export async function applyRuleAction(ruleId: string): Promise<void> {
  const ctx = await requireHouseholdContext();
  const { updated } = await orNotFound(applyRuleRetroactively(ctx, idSchema.parse(ruleId)));
  refresh();
  redirect(`/rules?applied=${updated}`);
}

/** One click on a suggestion: save the suggested rule (re-validated here), then show its preview. */
export async function createSuggestedRuleAction(formData: FormData): Promise<void> {
  const ctx = await requireHouseholdContext();
  requirePermission(ctx, "write");
  const parsed = parseRuleDraft(String(formData.get("rule") ?? ""));
  if (!parsed.isValid) redirect("/rules");
  const id = await saveRule(ctx, { ...parsed.rule, position: await nextRulePosition(ctx, parsed.rule.stage) });
  refresh();
  redirect(`/rules/${id}/preview`);
}
