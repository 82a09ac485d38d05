import { previewImport } from "@/lib/import";
import { apiHouseholdContext, errorResponse, jsonResponse } from "@/lib/http/api";
import { importInputFromUpload, trimPreview } from "@/lib/http/import-request";
import { readUploadForm } from "@/lib/http/upload";

export const dynamic = "force-dynamic";

/** POST multipart {file, target?, format?, encoding?, csvProfile?} → what an import would do, writing nothing. */
export async function POST(request: Request) {
  let locale: "en" | "fr" = "en";
  try {
    const ctx = await apiHouseholdContext();
    locale = ctx.locale;
    const input = importInputFromUpload(await readUploadForm(request));
    return jsonResponse(trimPreview(await previewImport(ctx, input)));
  } catch (error) {
    return errorResponse(error, locale);
  }
}
