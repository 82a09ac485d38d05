"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { householdContextFor } from "@/lib/auth/guard";
import { householdCookieOptions } from "@/lib/http/household-cookie";
import { HOUSEHOLD_COOKIE, requireHouseholdContext } from "@/lib/http/session";

/** Switches the household the signed-in user is looking at (only to one they belong to). */
export async function switchHouseholdAction(formData: FormData): Promise<void> {
  const ctx = await requireHouseholdContext();
  const target = await householdContextFor(ctx.userId, String(formData.get("householdId") ?? ""));
  (await cookies()).set(HOUSEHOLD_COOKIE, target.householdId, householdCookieOptions(await headers()));
  redirect("/");
}
