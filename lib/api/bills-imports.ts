/**
 * Bills and import history for token clients. The route files (app/api/v1/bills, app/api/v1/imports) belong to
 * their features; each only needs a token-authenticated GET built from these, e.g.
 *   export const GET = apiHandler("read", (ctx, request) => listApiBills(ctx, new URL(request.url).searchParams));
 * (imports/route.ts today answers GET from the session only).
 */
import type { HouseholdContext } from "../auth/guard";
import { billToJson, getBill, listBills } from "../bills/list";
import { listImports } from "../import/list";

export async function listApiBills(ctx: HouseholdContext, query: URLSearchParams) {
  const { cursor, ...filters } = Object.fromEntries(query);
  const page = await listBills(ctx, filters, cursor ?? null);
  return { data: page.bills.map(billToJson), nextCursor: page.nextCursor };
}

export async function getApiBill(ctx: HouseholdContext, id: string) {
  return billToJson(await getBill(ctx, id));
}

export async function listApiImports(ctx: HouseholdContext, query: URLSearchParams) {
  const limit = query.get("limit");
  const page = await listImports(ctx, { cursor: query.get("cursor"), limit: limit && /^\d+$/.test(limit) ? Number.parseInt(limit, 10) : undefined });
  return page;
}
