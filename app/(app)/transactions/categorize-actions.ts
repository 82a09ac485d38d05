"use server";
/** Categorization from the transactions pages: one, similar, and re-running the whole household (many: bulk-actions.ts). */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { recategorizeHousehold, recordCorrection } from "@/lib/categorizer/store";
import { applyToSimilar } from "@/lib/categorizer/ui/similar";
import { requireHouseholdContext } from "@/lib/http/session";
import { toActionState } from "@/lib/http/action-result";
import type { ActionState } from "@/lib/http/action-state";
import { t, tCount } from "@/lib/i18n";

const idSchema = z.string().trim().min(1).max(64);

function refresh(): void {
  revalidatePath("/transactions");
  revalidatePath("/accounts", "layout");
  revalidatePath("/rules");
}

export async function recategorizeOneAction(transactionId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  try {
    const categoryId = idSchema.parse(formData.get("categoryId"));
    const result = await recordCorrection(ctx, [idSchema.parse(transactionId)], categoryId);
    refresh();
    const notice = t(ctx.locale, "txcat.saved");
    return { notice: result.suggestions.length ? `${notice} ${t(ctx.locale, "tx.suggestionsReady")}` : notice, savedAt: Date.now() };
  } catch (error) {
    return toActionState(error, ctx.locale);
  }
}

export async function applyToSimilarAction(transactionId: string, _previous: ActionState): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  try {
    const result = await applyToSimilar(ctx, idSchema.parse(transactionId));
    refresh();
    return { notice: tCount(ctx.locale, "txcat.similarDone", result.updated), savedAt: Date.now() };
  } catch (error) {
    return toActionState(error, ctx.locale);
  }
}

export async function recategorizeHouseholdAction(_previous: ActionState): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  try {
    const { examined, updated } = await recategorizeHousehold(ctx);
    refresh();
    return { notice: t(ctx.locale, "tx.rerunDone", { count: updated.toLocaleString(ctx.locale), examined: examined.toLocaleString(ctx.locale) }), savedAt: Date.now() };
  } catch (error) {
    return toActionState(error, ctx.locale);
  }
}
