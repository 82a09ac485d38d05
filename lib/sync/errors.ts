/**
 * What a failed sync means for its connection: re-authorization for login and consent problems, a pause until
 * the provider's limit resets for rate limits, and a plain error (retried at the next schedule) otherwise. Pure.
 */
import type { AppError } from "../errors";
import type { ConnectionStatus } from "../connections/types";

export const DEFAULT_RATE_LIMIT_PAUSE_MS = 60 * 60_000;

export interface FailureOutcome {
  status: ConnectionStatus;
  /** Earliest time to ask the provider again (rate limits). */
  retryAfter: Date | null;
}

function retryAfterOf(error: AppError, now: Date): Date {
  const details = (error.details ?? {}) as { retryAfter?: unknown; rateLimit?: { resetSeconds?: unknown } };
  if (typeof details.retryAfter === "string" && !Number.isNaN(Date.parse(details.retryAfter))) return new Date(details.retryAfter);
  const reset = Number(details.rateLimit?.resetSeconds);
  if (Number.isFinite(reset) && reset > 0) return new Date(now.getTime() + reset * 1000);
  return new Date(now.getTime() + DEFAULT_RATE_LIMIT_PAUSE_MS);
}

export function outcomeOfFailure(error: AppError, now: Date): FailureOutcome {
  if (error.code === "LOGIN_REQUIRED" || error.code === "CONSENT_EXPIRED") return { status: "reauth_required", retryAfter: null };
  if (error.code === "RATE_LIMITED") return { status: "error", retryAfter: retryAfterOf(error, now) };
  return { status: "error", retryAfter: null };
}
