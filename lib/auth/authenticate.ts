/** Checks an email and password for sign-in, with throttling per email and per client IP. */
import { AppError } from "../errors";
import { db } from "../db/client";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { assertNotThrottled, clearFailedSignIns, lockedError, recordFailedSignIn } from "./throttle";
import { throttleKey } from "./throttle-policy";

export interface SignInAttempt {
  email: string;
  password: string;
  ip: string | null;
}

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string | null;
}

/** Resolves the user, or throws UNAUTHENTICATED (wrong email or password, same message) or RATE_LIMITED. */
export async function authenticate(attempt: SignInAttempt, now = new Date()): Promise<AuthenticatedUser> {
  const email = attempt.email.trim().toLowerCase();
  const keys = [throttleKey("email", email), ...(attempt.ip ? [throttleKey("ip", attempt.ip)] : [])];
  await assertNotThrottled(keys, now);
  const user = email ? await db().user.findUnique({ where: { email } }) : null;
  const isValid = user ? await verifyPassword(attempt.password, user.passwordHash) : await verifyAgainstDummy(attempt.password);
  if (!user || !isValid) {
    const waitMs = await recordFailedSignIn(keys, now);
    if (waitMs > 0) throw lockedError(waitMs);
    throw new AppError("UNAUTHENTICATED", "Wrong email or password", { userMessage: "Wrong email or password." });
  }
  await clearFailedSignIns(keys[0]!);
  return { id: user.id, email: user.email, name: user.name };
}
