// Push API for konnectors running elsewhere (docs/api-bills.md). Thin: one lib call, errors mapped to JSON.
import { handleBillsPush } from "@/lib/konnectors/push";
import { jsonResponse, toErrorResponse } from "@/lib/http/respond";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  try {
    return jsonResponse(await handleBillsPush(request));
  } catch (error) {
    return toErrorResponse(error);
  }
}
