/**
 * Sessions are stateless JWTs, so revoking one needs something the token carries and the database can disprove:
 * a short credential version, an HMAC of the user's password hash. Changing the password (bcrypt salts every
 * hash, so even "changing" it to the same password) changes the version, and every session issued before stops
 * working at its next request, on every instance. Membership is not part of it: it is re-read on every request
 * (lib/auth/guard.ts), so a removed member loses that household at once while keeping their other ones.
 */
import crypto from "node:crypto";
import { db } from "../db/client";
import { authSecret } from "./secret";

/** 22 base64url characters (128 bits): enough to never collide by chance, short enough for a cookie. */
export function credentialVersion(userId: string, passwordHash: string, secret = authSecret()): string {
  return crypto.createHmac("sha256", secret).update(`session:${userId}:${passwordHash}`).digest("base64url").slice(0, 22);
}

/** The version to put in a new session for this user, or null when the user does not exist. */
export async function currentCredentialVersion(userId: string): Promise<string | null> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return user ? credentialVersion(userId, user.passwordHash) : null;
}

/** True when a session's user still exists and its credential version matches today's password. */
export async function isSessionCurrent(userId: unknown, version: unknown): Promise<boolean> {
  if (typeof userId !== "string" || typeof version !== "string") return false;
  const current = await currentCredentialVersion(userId);
  return current !== null && current.length === version.length && crypto.timingSafeEqual(Buffer.from(current), Buffer.from(version));
}
