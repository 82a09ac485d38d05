// REST API v1 (docs/api.md): one resource by id, only within the token's household (else 404).
import { apiHandler, readJsonBody } from "@/lib/api/handler";
import { findApiCategory, patchApiCategory } from "@/lib/api/categories-rules";

export const dynamic = "force-dynamic";

export const GET = apiHandler("read", (ctx, _request, params) => findApiCategory(ctx, params.id ?? ""));
export const PATCH = apiHandler("write", async (ctx, request, params) => patchApiCategory(ctx, params.id ?? "", await readJsonBody(request)));
