// REST API v1 (docs/api.md): one resource by id, only within the token's household (else 404).
import { apiHandler, readJsonBody } from "@/lib/api/handler";
import { getApiTransaction, patchApiTransaction, deleteApiTransaction } from "@/lib/api/transactions";

export const dynamic = "force-dynamic";

export const GET = apiHandler("read", (ctx, _request, params) => getApiTransaction(ctx, params.id ?? ""));
export const PATCH = apiHandler("write", async (ctx, request, params) => patchApiTransaction(ctx, params.id ?? "", await readJsonBody(request)));
export const DELETE = apiHandler("write", (ctx, _request, params) => deleteApiTransaction(ctx, params.id ?? ""));
