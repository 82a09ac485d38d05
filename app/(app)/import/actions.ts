"use server";
import { revalidatePath } from "next/cache";
import { undoImport } from "@/lib/import";
import { requireHouseholdContext } from "@/lib/http/session";
import { toActionState } from "@/lib/http/action-result";
import type { ActionState } from "@/lib/http/action-state";
import { tCount } from "@/lib/i18n";

export async function undoImportAction(batchId: string, _previous: ActionState): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  try {
    const result = await undoImport(ctx, batchId);
    revalidatePath("/", "layout");
    return { notice: tCount(ctx.locale, "import.undoneCount", result.removed), savedAt: Date.now() };
  } catch (error) {
    return toActionState(error, ctx.locale);
  }
}
