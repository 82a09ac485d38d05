// REST API v1 (docs/api.md): thin handlers over lib/api, token-authenticated, household-scoped.
import { apiHandler, readJsonBody } from "@/lib/api/handler";
import { listApiRules, createApiRule } from "@/lib/api/categories-rules";

export const dynamic = "force-dynamic";

export const GET = apiHandler("read", (ctx) => listApiRules(ctx));
export const POST = apiHandler("write", async (ctx, request) => createApiRule(ctx, await readJsonBody(request)), 201);
