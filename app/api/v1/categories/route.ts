// REST API v1 (docs/api.md): thin handlers over lib/api, token-authenticated, household-scoped.
import { apiHandler, readJsonBody } from "@/lib/api/handler";
import { listApiCategories, createApiCategory } from "@/lib/api/categories-rules";

export const dynamic = "force-dynamic";

export const GET = apiHandler("read", (ctx) => listApiCategories(ctx));
export const POST = apiHandler("write", async (ctx, request) => createApiCategory(ctx, await readJsonBody(request)), 201);
