/**
 * JSON error responses for route handlers: any thrown value → `{ error: { code, message, fields } }` with the
 * AppError's status. `message` is the user-safe text; `fields` lists field-level validation errors (may be empty).
 */
import { toAppError } from "../errors";

export interface ErrorBody {
  error: { code: string; message: string; fields: { field: string | null; message: string }[] };
}

export function toErrorResponse(error: unknown): Response {
  const appError = toAppError(error);
  if (appError.status >= 500) console.error(appError.cause ?? appError);
  const fields = (appError.details as { fields?: { field: string | null; message: string }[] } | undefined)?.fields ?? [];
  const body: ErrorBody = { error: { code: appError.code, message: appError.userMessage, fields } };
  const headers: Record<string, string> = {};
  if (appError.status === 401) headers["WWW-Authenticate"] = 'Bearer realm="tirelire"';
  return Response.json(body, { status: appError.status, headers });
}

/** JSON with bigint values written as strings (Response.json cannot serialize them). */
export function jsonResponse(value: unknown, init: ResponseInit = {}): Response {
  const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
  return new Response(text, { ...init, headers: { "content-type": "application/json", ...(init.headers as Record<string, string> | undefined) } });
}
