"use server";
/** Explorer bulk actions on the selected rows; back to the same filtered page with a notice. */
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { bulkAddTag, bulkDelete, bulkSetCategory } from "@/lib/insights/bulk";
import { requireHouseholdContext } from "@/lib/http/session";
import { toActionState } from "@/lib/http/action-result";

function backTo(formData: FormData, extra: Record<string, string>): string {
  const query = String(formData.get("query") ?? "");
  const params = new URLSearchParams(query);
  params.delete("cursor");
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return `/explore?${params.toString()}`;
}

export async function bulkAction(formData: FormData): Promise<void> {
  const ctx = await requireHouseholdContext();
  const ids = formData.getAll("ids").map(String);
  const op = String(formData.get("op") ?? "");
  let target: string;
  try {
    if (op === "delete") target = backTo(formData, { deleted: String(await bulkDelete(ctx, ids)) });
    else if (op === "tag") target = backTo(formData, { done: String(await bulkAddTag(ctx, ids, String(formData.get("tag") ?? ""))) });
    else target = backTo(formData, { done: String(await bulkSetCategory(ctx, ids, String(formData.get("categoryId") ?? ""))) });
  } catch (error) {
    target = backTo(formData, { error: toActionState(error, ctx.locale).error ?? Object.values(toActionState(error, ctx.locale).fieldErrors ?? {})[0] ?? "Error" });
  }
  revalidatePath("/explore");
  revalidatePath("/");
  redirect(target);
}
