import { commitImport, listImports } from "@/lib/import";
import { saveCsvProfile } from "@/lib/accounts/csv-profiles";
import { apiHouseholdContext, errorResponse, jsonResponse } from "@/lib/http/api";
import { importInputFromUpload } from "@/lib/http/import-request";
import { readUploadForm } from "@/lib/http/upload";
import { followUpImport } from "@/lib/import/follow-up";

export const dynamic = "force-dynamic";

/** GET ?cursor= → the household's import history, newest first. */
export async function GET(request: Request) {
  try {
    const ctx = await apiHouseholdContext();
    return jsonResponse(await listImports(ctx, { cursor: new URL(request.url).searchParams.get("cursor") }));
  } catch (error) {
    return errorResponse(error);
  }
}

/** POST multipart {file, target?, format?, encoding?, csvProfile?, decisions?, saveProfileName?} → commits the file in one transaction. */
export async function POST(request: Request) {
  let locale: "en" | "fr" = "en";
  try {
    const ctx = await apiHouseholdContext();
    locale = ctx.locale;
    const upload = await readUploadForm(request);
    const input = importInputFromUpload(upload);
    const result = await commitImport(ctx, input);
    await followUpImport(ctx);
    // A mapping the user made for an unknown CSV is kept for that bank's next file (after the commit succeeded).
    const saveAs = upload.fields.saveProfileName?.trim();
    if (saveAs && input.csvProfile) await saveCsvProfile(ctx, { name: saveAs, accountId: result.accounts[0]?.accountId ?? null, profile: input.csvProfile });
    return jsonResponse(result, 201);
  } catch (error) {
    return errorResponse(error, locale);
  }
}
