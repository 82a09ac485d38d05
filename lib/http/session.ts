/**
 * The session → household bridge for pages and server actions. Every page and action starts with
 * requireHouseholdContext(): no session → /signin (or /setup on a fresh install); the context it returns scopes
 * every lib call to the signed-in user's household.
 */
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { authOptions } from "../auth/options";
import { householdContextFor, type HouseholdContext } from "../auth/guard";
import { can } from "../auth/roles";
import { db } from "../db/client";
import { isAppError } from "../errors";
import { isFirstRun } from "../households/setup";
import { localeFromAcceptLanguage, resolveLocale, type Locale } from "../i18n";

/** Cookie naming the household a user with several memberships is looking at. */
export const HOUSEHOLD_COOKIE = "tirelire-household";

export interface AppContext extends HouseholdContext {
  userId: string;
  locale: Locale;
  currency: string;
  householdName: string;
  email: string;
  canWrite: boolean;
  canManage: boolean;
}

export const currentUserId = cache(async (): Promise<string | null> => {
  const session = await getServerSession(authOptions());
  const userId = (session as { userId?: unknown } | null)?.userId;
  return typeof userId === "string" ? userId : null;
});

/** The signed-in user's household context; redirects to /signin (or /setup) when there is none. */
export const requireHouseholdContext = cache(async (): Promise<AppContext> => {
  const userId = await currentUserId();
  if (!userId) redirect((await isFirstRun()) ? "/setup" : "/signin");
  const chosen = (await cookies()).get(HOUSEHOLD_COOKIE)?.value ?? null;
  let ctx: HouseholdContext;
  try {
    ctx = await householdContextFor(userId, chosen).catch((error: unknown) => {
      if (chosen && isAppError(error) && error.code === "NOT_FOUND") return householdContextFor(userId);
      throw error;
    });
  } catch (error) {
    // A valid token whose user was deleted or removed from every household.
    if (isAppError(error) && error.code === "NOT_FOUND") redirect("/signin?error=NoHousehold");
    throw error;
  }
  const [household, user] = await Promise.all([
    db().household.findUniqueOrThrow({ where: { id: ctx.householdId } }),
    db().user.findUniqueOrThrow({ where: { id: userId } }),
  ]);
  return {
    ...ctx, userId, email: user.email, householdName: household.name, currency: household.currency,
    locale: resolveLocale(household.locale, (await headers()).get("accept-language")),
    canWrite: can(ctx.role, "write"), canManage: can(ctx.role, "manage"),
  };
});

/** The locale for pages outside a household (sign-in, setup, errors): the browser's. */
export async function browserLocale(): Promise<Locale> {
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}

/** Runs a lookup; an id of another household (NOT_FOUND) renders the 404 page. */
export async function orNotFound<T>(lookup: Promise<T>): Promise<T> {
  try {
    return await lookup;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
