// E-invoice upload from the bills page (session-authenticated; the push API for konnectors is /api/v1/bills).
import { requirePermission } from "@/lib/auth/guard";
import { apiHouseholdContext, errorResponse, jsonResponse } from "@/lib/http/api";
import { importBillUploads, readBillUploads } from "@/lib/bills/ui/upload";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  let locale: "en" | "fr" = "en";
  try {
    const ctx = await apiHouseholdContext();
    locale = ctx.locale;
    // Refuse a viewer before reading a large body.
    requirePermission(ctx, "write");
    return jsonResponse(await importBillUploads(ctx, await readBillUploads(request)), 201);
  } catch (error) {
    return errorResponse(error, locale);
  }
}
