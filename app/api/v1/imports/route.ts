// Imports (docs/api.md): the web app's upload (session) and token clients (Bearer, read / read-write) share these.
import { commitImport } from "@/lib/import";
import { saveCsvProfile } from "@/lib/accounts/csv-profiles";
import { sessionOrTokenHandler } from "@/lib/api/session-or-token";
import { listApiImports } from "@/lib/api/imports";
import { importInputFromUpload } from "@/lib/http/import-request";
import { readUploadForm, type UploadedForm } from "@/lib/http/upload";
import { followUpImport } from "@/lib/import/follow-up";
import { toAppError } from "@/lib/errors";
import { isNdjsonAccepted, ndjsonResponse } from "@/lib/http/ndjson";
import type { HouseholdContext } from "@/lib/auth/guard";
import type { ImportInput, ImportProgress, ImportResult } from "@/lib/import/types";

export const dynamic = "force-dynamic";

/** GET ?cursor=&limit= → the household's import history, newest first: { data, nextCursor }. */
export const GET = sessionOrTokenHandler("read", (ctx, request) => listApiImports(ctx, new URL(request.url).searchParams));

/**
 * POST multipart {file, target?, format?, encoding?, csvProfile?, decisions?, saveProfileName?} → commits the file in
 * one transaction. With `Accept: application/x-ndjson` the 201 comes at once and the body streams the commit's
 * progress, then its result or error (lib/http/ndjson.ts); a request that cannot be read is refused before that.
 */
export const POST = sessionOrTokenHandler("write", async (ctx, request, _params, locale) => {
  const upload = await readUploadForm(request);
  const input = importInputFromUpload(upload);
  if (!isNdjsonAccepted(request)) return commitAndFollowUp(ctx, upload, input);
  return ndjsonResponse<ImportProgress, ImportResult>((onProgress) => commitAndFollowUp(ctx, upload, input, onProgress), { status: 201, locale });
}, 201);

async function commitAndFollowUp(ctx: HouseholdContext, upload: UploadedForm, input: ImportInput, onProgress?: (progress: ImportProgress) => void): Promise<ImportResult> {
  const result = await commitImport(ctx, input, { onProgress });
  await followUpImport(ctx, { importBatchId: result.batchId });
  // A mapping the user made for an unknown CSV is kept for that bank's next file (after the commit succeeded).
  // The import is committed by now: a profile that cannot be saved is a warning on it, not an error that would
  // make the user commit again.
  const saveAs = upload.fields.saveProfileName?.trim();
  if (!saveAs || !input.csvProfile) return result;
  try {
    await saveCsvProfile(ctx, { name: saveAs, accountId: result.accounts[0]?.accountId ?? null, profile: input.csvProfile });
    return result;
  } catch (error) {
    return { ...result, warnings: [...result.warnings, { message: `The mapping was not saved as a profile: ${toAppError(error).userMessage}` }] };
  }
}
