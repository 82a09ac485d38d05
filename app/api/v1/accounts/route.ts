// REST API v1 (docs/api.md): thin handlers over lib/api, token-authenticated, household-scoped.
import { apiHandler, readJsonBody } from "@/lib/api/handler";
import { listApiAccounts, createApiAccount } from "@/lib/api/accounts";

export const dynamic = "force-dynamic";

export const GET = apiHandler("read", (ctx) => listApiAccounts(ctx));
export const POST = apiHandler("write", async (ctx, request) => createApiAccount(ctx, await readJsonBody(request)), 201);
