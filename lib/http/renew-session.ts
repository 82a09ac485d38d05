/**
 * Replaces this request's session cookie with a fresh one for the user (after a password change: the old one now
 * carries a revoked credential version). Cookie name and flags are next-auth's own, decided as it decides them.
 */
import { cookies, headers } from "next/headers";
import { issueSessionToken, sessionCookieName } from "../auth/session-token";
import { isSecureRequest } from "./secure-request";

export async function renewSessionCookie(userId: string): Promise<void> {
  const isSecure = isSecureRequest(await headers());
  const name = sessionCookieName(isSecure);
  const { value, maxAgeS } = await issueSessionToken(userId);
  const jar = await cookies();
  // next-auth splits a token over 4 KB into name.0, name.1…; it reads every cookie with the prefix, so stale chunks
  // next to the new whole cookie would corrupt it.
  for (const cookie of jar.getAll()) if (cookie.name.startsWith(`${name}.`)) jar.delete(cookie.name);
  jar.set(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure: isSecure, expires: new Date(Date.now() + maxAgeS * 1000) });
}
