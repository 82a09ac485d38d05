"use server";
/** Bulk actions of the transactions page on the selected rows; back to the same filtered page with a notice. */
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { bulkAddTag, bulkDelete, bulkSetCategory } from "@/lib/insights/bulk";
import { requireHouseholdContext } from "@/lib/http/session";
import { toActionState } from "@/lib/http/action-result";
import { t } from "@/lib/i18n";
import { restoreTransactions } from "./restore";

function backTo(formData: FormData, extra: Record<string, string>): string {
  const query = String(formData.get("query") ?? "");
  const params = new URLSearchParams(query);
  params.delete("cursor");
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return `/transactions?${params.toString()}`;
}

export async function bulkAction(formData: FormData): Promise<void> {
  const ctx = await requireHouseholdContext();
  const ids = formData.getAll("ids").map(String);
  const op = String(formData.get("op") ?? "");
  // The usual slips are named in the household's language before lib/ would answer in English.
  const slip = !ids.length ? t(ctx.locale, "tx.bulk.none") : op === "category" && !formData.get("categoryId") ? t(ctx.locale, "budget.chooseCategory") : null;
  let target: string;
  try {
    if (slip) target = backTo(formData, { error: slip });
    // The deleted ids ride along for the notice's Undo button (one page of rows at most).
    else if (op === "delete") target = backTo(formData, { deleted: String(await bulkDelete(ctx, ids)), restore: ids.join(",") });
    else if (op === "tag") target = backTo(formData, { done: String(await bulkAddTag(ctx, ids, String(formData.get("tag") ?? ""))) });
    else target = backTo(formData, { done: String(await bulkSetCategory(ctx, ids, String(formData.get("categoryId") ?? ""))) });
  } catch (error) {
    target = backTo(formData, { error: toActionState(error, ctx.locale).error ?? Object.values(toActionState(error, ctx.locale).fieldErrors ?? {})[0] ?? t(ctx.locale, "error.title") });
  }
  revalidatePath("/transactions");
  revalidatePath("/");
  redirect(target);
}

/** Undo of a bulk delete, back to the same filtered page. */
export async function restoreAction(formData: FormData): Promise<void> {
  const ctx = await requireHouseholdContext();
  const ids = String(formData.get("restore") ?? "").split(",").filter(Boolean);
  let target: string;
  try {
    target = backTo(formData, { restored: String(await restoreTransactions(ctx, ids)) });
  } catch (error) {
    target = backTo(formData, { error: toActionState(error, ctx.locale).error ?? t(ctx.locale, "error.title") });
  }
  revalidatePath("/transactions");
  revalidatePath("/");
  redirect(target);
}
