// REST API v1 (docs/api.md): one resource by id, only within the token's household (else 404).
import { apiHandler, readJsonBody } from "@/lib/api/handler";
import { getApiRule, patchApiRule, deleteApiRule } from "@/lib/api/categories-rules";

export const dynamic = "force-dynamic";

export const GET = apiHandler("read", (ctx, _request, params) => getApiRule(ctx, params.id ?? ""));
export const PATCH = apiHandler("write", async (ctx, request, params) => patchApiRule(ctx, params.id ?? "", await readJsonBody(request)));
export const DELETE = apiHandler("write", (ctx, _request, params) => deleteApiRule(ctx, params.id ?? ""));
