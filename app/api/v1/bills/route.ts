// Bills over the REST API (docs/api.md, docs/api-bills.md). GET: a personal access token reads the household's
// bills. POST: the push API for konnectors running elsewhere. Thin: one lib call, errors mapped to JSON.
import { apiHandler } from "@/lib/api/handler";
import { listApiBills } from "@/lib/api/bills-imports";
import { handleBillsPush } from "@/lib/konnectors/push";
import { jsonResponse, toErrorResponse } from "@/lib/http/respond";

export const dynamic = "force-dynamic";

export const GET = apiHandler("read", (ctx, request) => listApiBills(ctx, new URL(request.url).searchParams));

export async function POST(request: Request): Promise<Response> {
  try {
    return jsonResponse(await handleBillsPush(request));
  } catch (error) {
    return toErrorResponse(error);
  }
}
