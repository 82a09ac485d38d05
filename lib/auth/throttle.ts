/** Sign-in throttling, stored in LoginThrottle so every app instance shares it. Policy: throttle-policy.ts. */
import { AppError } from "../errors";
import { db } from "../db/client";
import { afterFailure, kindOfKey, POLICIES, remainingLockMs } from "./throttle-policy";

/** Throws RATE_LIMITED (with retryAfterSeconds) when any of the keys is locked. */
export async function assertNotThrottled(keys: readonly string[], now = new Date()): Promise<void> {
  const rows = await db().loginThrottle.findMany({ where: { key: { in: [...keys] } } });
  const waitMs = Math.max(0, ...rows.map((row) => remainingLockMs(row, now)));
  if (waitMs > 0) throw lockedError(waitMs);
}

/** Counts one failure against every key; returns how long the caller is now locked out (0 when not). */
export async function recordFailedSignIn(keys: readonly string[], now = new Date()): Promise<number> {
  let waitMs = 0;
  for (const key of keys) {
    const current = await db().loginThrottle.findUnique({ where: { key } });
    const next = afterFailure(current, POLICIES[kindOfKey(key)], now);
    await db().loginThrottle.upsert({
      where: { key },
      create: { key, failures: next.failures, lockedUntil: next.lockedUntil },
      update: { failures: next.failures, lockedUntil: next.lockedUntil },
    });
    waitMs = Math.max(waitMs, remainingLockMs(next, now));
  }
  return waitMs;
}

/** A successful sign-in forgets the email's failures (not the IP's: one good account must not unlock guessing others). */
export async function clearFailedSignIns(key: string): Promise<void> {
  await db().loginThrottle.deleteMany({ where: { key } });
}

export function lockedError(waitMs: number): AppError {
  const retryAfterSeconds = Math.ceil(waitMs / 1000);
  return new AppError("RATE_LIMITED", `Too many failed sign-ins; retry in ${retryAfterSeconds} s`, {
    userMessage: `Too many failed attempts. Try again in ${retryAfterSeconds} seconds.`,
    details: { retryAfterSeconds },
  });
}
