/** Bills for token clients (GET /api/v1/bills); the import history is lib/api/imports.ts. */
import type { HouseholdContext } from "../auth/guard";
import { billFiltersSchema, billToJson, getBill, listBills } from "../bills/list";
import { queryObject } from "./query-params";

export async function listApiBills(ctx: HouseholdContext, query: URLSearchParams) {
  const { cursor, ...filters } = queryObject(query, ["cursor", ...Object.keys(billFiltersSchema.shape)]);
  const page = await listBills(ctx, filters, cursor ?? null);
  return { data: page.bills.map(billToJson), nextCursor: page.nextCursor };
}

export async function getApiBill(ctx: HouseholdContext, id: string) {
  return billToJson(await getBill(ctx, id));
}
