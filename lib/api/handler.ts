/**
 * REST API v1 plumbing: every handler authenticates its personal access token for the access it needs
 * (read, write) and gets only that token's household context; any error becomes `{ error: { code, message, fields } }`.
 * A konnector (bills) token reads nothing here, a read token writes nothing.
 */
import { verifyApiToken, type ApiTokenAuth } from "../auth/api-tokens";
import type { HouseholdContext } from "../auth/guard";
import { AppError } from "../errors";
import { jsonResponse, toErrorResponse } from "../http/respond";
import { readBodyUpTo } from "../http/upload";

const MAX_JSON_BODY_BYTES = 1_000_000;

export interface RouteContext {
  params: Promise<Record<string, string>>;
}

type Handler = (ctx: HouseholdContext, request: Request, params: Record<string, string>, auth: ApiTokenAuth) => Promise<unknown>;

export function apiHandler(access: "read" | "write", handler: Handler, okStatus = 200) {
  return async (request: Request, route?: RouteContext): Promise<Response> => {
    try {
      const auth = await verifyApiToken(request.headers.get("authorization"), access);
      const params = route ? await route.params : {};
      const result = await handler(auth.ctx, request, params, auth);
      return result === undefined ? new Response(null, { status: 204 }) : jsonResponse(result, { status: okStatus, headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

/** The JSON body, or one INVALID_INPUT. */
export async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
  // Counted in bytes while reading, so an oversized body is refused before it is all in memory.
  const text = new TextDecoder().decode(await readBodyUpTo(request, MAX_JSON_BODY_BYTES, () => new AppError("TOO_LARGE", "Request bodies are limited to 1 MB")));
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body !== "object" || body === null || Array.isArray(body)) throw new Error("not an object");
    return body as Record<string, unknown>;
  } catch {
    throw new AppError("INVALID_INPUT", "The request body must be a JSON object");
  }
}
