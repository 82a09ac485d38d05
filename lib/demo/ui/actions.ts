"use server";
/** "Load demo" on an empty dashboard: fills the signed-in user's household with the demo, then shows it. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePermission } from "../../auth/guard";
import { requireHouseholdContext } from "../../http/session";
import { loadDemoHousehold } from "../seed";

export async function loadDemoAction(): Promise<void> {
  const ctx = await requireHouseholdContext();
  requirePermission(ctx, "write");
  await loadDemoHousehold(ctx);
  revalidatePath("/", "layout");
  redirect("/");
}
