/** Route-handler plumbing: the session's household context (401 instead of a redirect) and errors as JSON. */
import { cookies, headers } from "next/headers";
import { getServerSession } from "next-auth";
import { authOptions } from "../auth/options";
import { householdContextFor, type HouseholdContext } from "../auth/guard";
import { db } from "../db/client";
import { AppError, toAppError } from "../errors";
import { translateMessage, type Locale } from "../i18n";
import { assertSameOrigin } from "./same-origin";
import { HOUSEHOLD_COOKIE } from "./session";

/** The signed-in user's household, or UNAUTHENTICATED; a request from another site is FORBIDDEN (CSRF). */
export async function apiHouseholdContext(): Promise<HouseholdContext & { locale: Locale }> {
  assertSameOrigin(await headers());
  const session = await getServerSession(authOptions());
  const userId = (session as { userId?: unknown } | null)?.userId;
  if (typeof userId !== "string") throw new AppError("UNAUTHENTICATED", "Sign in first.");
  const chosen = (await cookies()).get(HOUSEHOLD_COOKIE)?.value ?? null;
  const ctx = await householdContextFor(userId, chosen)
    .catch(() => householdContextFor(userId))
    // Removed from every household: the session grants nothing any more.
    .catch(() => {
      throw new AppError("UNAUTHENTICATED", "This account no longer belongs to a household.");
    });
  const household = await db().household.findUnique({ where: { id: ctx.householdId }, select: { locale: true } });
  return { ...ctx, locale: household?.locale === "fr" ? "fr" : "en" };
}

/** `{ error: { code, message, fields? } }` with the error's HTTP status; internal details stay in the log. */
export function errorResponse(error: unknown, locale: Locale = "en"): Response {
  const appError = toAppError(error);
  if (appError.code === "INTERNAL") console.error(appError.cause ?? appError);
  const details = appError.details as { fields?: { field: string | null; message: string }[]; line?: number } | undefined;
  const fields = details?.fields?.map((f) => ({ field: f.field, message: translateMessage(locale, f.message) }));
  return Response.json(
    { error: { code: appError.code, message: translateMessage(locale, appError.userMessage), ...(fields ? { fields } : {}), ...(details?.line ? { line: details.line } : {}) } },
    { status: appError.status, headers: { "Cache-Control": "no-store" } },
  );
}

/** JSON with bigint written as decimal strings (never a float). */
export function jsonResponse(value: unknown, status = 200): Response {
  const body = JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
  return new Response(body, { status, headers: { "Content-Type": "application/json", "Cache-Control": "no-store" } });
}
