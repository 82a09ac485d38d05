// REST API v1 (docs/api.md): thin handlers over lib/api, token-authenticated, household-scoped.
import { apiHandler, readJsonBody } from "@/lib/api/handler";
import { listApiTransactions, createApiTransaction } from "@/lib/api/transactions";

export const dynamic = "force-dynamic";

export const GET = apiHandler("read", (ctx, request) => listApiTransactions(ctx, new URL(request.url).searchParams));
export const POST = apiHandler("write", async (ctx, request) => createApiTransaction(ctx, await readJsonBody(request)), 201);
