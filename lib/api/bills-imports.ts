/** Bills for token clients (GET /api/v1/bills); the import history is lib/api/imports.ts. */
import type { HouseholdContext } from "../auth/guard";
import { billToJson, getBill, listBills } from "../bills/list";

export async function listApiBills(ctx: HouseholdContext, query: URLSearchParams) {
  const { cursor, ...filters } = Object.fromEntries(query);
  const page = await listBills(ctx, filters, cursor ?? null);
  return { data: page.bills.map(billToJson), nextCursor: page.nextCursor };
}

export async function getApiBill(ctx: HouseholdContext, id: string) {
  return billToJson(await getBill(ctx, id));
}
