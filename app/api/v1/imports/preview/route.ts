// Import preview (docs/api.md): what an import would do, writing nothing; for those who may import (session or read-write token).
import { previewImport } from "@/lib/import";
import { sessionOrTokenHandler } from "@/lib/api/session-or-token";
import { importInputFromUpload, trimPreview } from "@/lib/http/import-request";
import { readUploadForm } from "@/lib/http/upload";

export const dynamic = "force-dynamic";

/** POST multipart {file, target?, format?, encoding?, csvProfile?} → the preview (plain new rows sampled). */
export const POST = sessionOrTokenHandler("write", async (ctx, request) => trimPreview(await previewImport(ctx, importInputFromUpload(await readUploadForm(request)))));
