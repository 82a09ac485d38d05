// A bill's file for the signed-in household: inline for PDFs (?download=1 forces a download), 404 for any other
// household's bill, 401 without a session.
import { apiHouseholdContext, errorResponse } from "@/lib/http/api";
import { billFileResponse } from "@/lib/bills/ui/file-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ billId: string }> }): Promise<Response> {
  try {
    const ctx = await apiHouseholdContext();
    const { billId } = await params;
    return await billFileResponse(ctx, billId, { isDownload: new URL(request.url).searchParams.get("download") === "1" });
  } catch (error) {
    return errorResponse(error);
  }
}
