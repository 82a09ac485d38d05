/**
 * A session token minted by us rather than by next-auth's sign-in, for the one case where the user proved who they
 * are outside that flow: changing their password. The token is what next-auth's own credentials sign-in would have
 * produced (same claims as the jwt callback in options.ts, same encryption, same lifetime), carrying the credential
 * version of the NEW password, so this device stays signed in while every session issued before is refused.
 */
import { encode } from "next-auth/jwt";
import { AppError } from "../errors";
import { db } from "../db/client";
import { SESSION_MAX_AGE_S } from "./options";
import { authSecret } from "./secret";
import { credentialVersion } from "./session-credential";

/** next-auth v4's session cookie name (core/lib/cookie.js): the `__Secure-` prefix goes with the Secure flag. */
export function sessionCookieName(isSecure: boolean): string {
  return `${isSecure ? "__Secure-" : ""}next-auth.session-token`;
}

export interface IssuedSession {
  value: string;
  maxAgeS: number;
}

export async function issueSessionToken(userId: string): Promise<IssuedSession> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, passwordHash: true } });
  if (!user) throw new AppError("NOT_FOUND", "User not found");
  const token = { name: user.name, email: user.email, picture: null, sub: user.id, userId: user.id, cv: credentialVersion(user.id, user.passwordHash) };
  return { value: await encode({ token, secret: authSecret(), maxAge: SESSION_MAX_AGE_S }), maxAgeS: SESSION_MAX_AGE_S };
}
