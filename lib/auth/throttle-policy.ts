/**
 * When repeated failed sign-ins lock a key (an email or a client IP). Pure.
 * The first few failures are free (typos happen); from the threshold on, each failure locks the key for an
 * exponentially growing time (30 s, 1 min, 2 min, … capped at 1 h). Failures are forgotten after a quiet hour.
 */
export type ThrottleKind = "email" | "ip";

export interface ThrottlePolicy {
  threshold: number;
  baseLockMs: number;
  maxLockMs: number;
  forgetAfterMs: number;
}

export const POLICIES: Readonly<Record<ThrottleKind, ThrottlePolicy>> = {
  email: { threshold: 5, baseLockMs: 30_000, maxLockMs: 3_600_000, forgetAfterMs: 3_600_000 },
  // Several people can share one address (a household behind one router): a higher threshold per IP.
  ip: { threshold: 20, baseLockMs: 30_000, maxLockMs: 3_600_000, forgetAfterMs: 3_600_000 },
};

export interface ThrottleState {
  failures: number;
  lockedUntil: Date | null;
  updatedAt: Date;
}

export function throttleKey(kind: ThrottleKind, value: string): string {
  return `${kind}:${value.trim().toLowerCase()}`;
}

export function kindOfKey(key: string): ThrottleKind {
  return key.startsWith("ip:") ? "ip" : "email";
}

/** Milliseconds the key stays locked, 0 when it is free. */
export function remainingLockMs(state: ThrottleState | null, now: Date): number {
  if (!state?.lockedUntil) return 0;
  return Math.max(0, state.lockedUntil.getTime() - now.getTime());
}

/** The state after one more failure at `now`. */
export function afterFailure(state: ThrottleState | null, policy: ThrottlePolicy, now: Date): ThrottleState {
  const isStale = state !== null && remainingLockMs(state, now) === 0 && now.getTime() - state.updatedAt.getTime() > policy.forgetAfterMs;
  const failures = (state && !isStale ? state.failures : 0) + 1;
  if (failures < policy.threshold) return { failures, lockedUntil: null, updatedAt: now };
  const lockMs = Math.min(policy.baseLockMs * 2 ** Math.min(failures - policy.threshold, 20), policy.maxLockMs);
  return { failures, lockedUntil: new Date(now.getTime() + lockMs), updatedAt: now };
}
