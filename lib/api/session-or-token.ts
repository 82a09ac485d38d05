/**
 * Routes shared by the web app and token clients (the import routes): with `Authorization: Bearer …` the personal
 * access token decides (read or write scope, its household), otherwise the session does (same-origin checked in
 * apiHouseholdContext, role checked here). Errors keep the import routes' shape, translated for the session's locale.
 */
import { verifyApiToken } from "../auth/api-tokens";
import { requirePermission, type HouseholdContext } from "../auth/guard";
import { apiHouseholdContext, errorResponse, jsonResponse } from "../http/api";
import type { RouteContext } from "./handler";

/** A handler may answer a Response itself (a streamed one); `locale` translates the errors it writes into it. */
type Handler = (ctx: HouseholdContext, request: Request, params: Record<string, string>, locale: "en" | "fr") => Promise<unknown>;

export function sessionOrTokenHandler(access: "read" | "write", handler: Handler, okStatus = 200) {
  return async (request: Request, route?: RouteContext): Promise<Response> => {
    let locale: "en" | "fr" = "en";
    try {
      let ctx: HouseholdContext;
      const authorization = request.headers.get("authorization");
      if (authorization !== null) {
        ctx = (await verifyApiToken(authorization, access)).ctx;
      } else {
        const session = await apiHouseholdContext();
        locale = session.locale;
        // A viewer is refused before a large body is read.
        requirePermission(session, access);
        ctx = { householdId: session.householdId, userId: session.userId, role: session.role };
      }
      const result = await handler(ctx, request, route ? await route.params : {}, locale);
      if (result instanceof Response) return result;
      return result === undefined ? new Response(null, { status: 204 }) : jsonResponse(result, okStatus);
    } catch (error) {
      const response = errorResponse(error, locale);
      if (response.status === 401) response.headers.set("WWW-Authenticate", 'Bearer realm="tirelire"');
      return response;
    }
  };
}
