// One import of the household (docs/api.md): GET it, DELETE undoes it. Another household's id is 404.
import { sessionOrTokenHandler } from "@/lib/api/session-or-token";
import { getApiImport, undoApiImport } from "@/lib/api/imports";

export const dynamic = "force-dynamic";

export const GET = sessionOrTokenHandler("read", (ctx, _request, params) => getApiImport(ctx, params.id ?? ""));
export const DELETE = sessionOrTokenHandler("write", (ctx, _request, params) => undoApiImport(ctx, params.id ?? ""));
