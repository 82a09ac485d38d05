/**
 * GET /api/v1/export: the signed-in household's full export (the settings page's "Download my data"), streamed
 * as the zip is built. Session-authenticated; the household comes from the session, never from the request.
 */
import { apiHouseholdContext, errorResponse } from "@/lib/http/api";
import { raw } from "@/lib/db/raw";
import { writeExport } from "@/lib/export/write";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(): Promise<Response> {
  let householdId: string;
  try {
    householdId = (await apiHouseholdContext()).householdId;
  } catch (error) {
    return errorResponse(error);
  }
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      writeExport(raw(), householdId, (chunk, isFinal) => {
        controller.enqueue(chunk);
        if (isFinal) controller.close();
      }).catch((error: unknown) => controller.error(error));
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="tirelire-export-${day}.zip"`,
      "Cache-Control": "no-store",
    },
  });
}
