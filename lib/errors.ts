/**
 * The one error class of Tirelire. `code` is stable and machine-readable, `message` is for logs
 * (never contains secrets), `userMessage` is safe to show, `status` is the HTTP status a route maps it to.
 */
export type ErrorCode =
  | "INVALID_INPUT"
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "TOO_LARGE"
  | "UNSUPPORTED_FORMAT"
  | "PARSE_ERROR"
  | "LOGIN_REQUIRED"
  | "CONSENT_EXPIRED"
  | "PROVIDER_DOWN"
  | "INTERNAL"
  | "UNKNOWN";

const defaultStatus: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  TOO_LARGE: 413,
  UNSUPPORTED_FORMAT: 415,
  PARSE_ERROR: 422,
  LOGIN_REQUIRED: 401,
  CONSENT_EXPIRED: 401,
  PROVIDER_DOWN: 502,
  INTERNAL: 500,
  UNKNOWN: 500,
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: string;
  readonly status: number;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, options: { userMessage?: string; status?: number; details?: unknown; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.userMessage = options.userMessage ?? message;
    this.status = options.status ?? defaultStatus[code];
    this.details = options.details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export const notFound = (what = "Resource") => new AppError("NOT_FOUND", `${what} not found`);
export const invalidInput = (message: string, details?: unknown) => new AppError("INVALID_INPUT", message, { details });

interface ZodLikeIssue {
  path: readonly PropertyKey[];
  message: string;
}

function isZodLike(error: unknown): error is { issues: ZodLikeIssue[] } {
  return typeof error === "object" && error !== null && (error as { name?: string }).name === "ZodError" && Array.isArray((error as { issues?: unknown }).issues);
}

/** Any thrown value → AppError: zod failures become INVALID_INPUT with field-level details; unknown errors stay internal. */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  if (isZodLike(error)) {
    const fields = error.issues.map((issue) => ({ field: issue.path.map(String).join(".") || null, message: issue.message }));
    const summary = fields.map((f) => (f.field ? `${f.field}: ${f.message}` : f.message)).join("; ");
    return new AppError("INVALID_INPUT", summary, { details: { fields } });
  }
  return new AppError("INTERNAL", error instanceof Error ? error.message : String(error), {
    userMessage: "Something went wrong on our side. Nothing was changed.",
    cause: error,
  });
}
