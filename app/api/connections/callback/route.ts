/**
 * Where the banks send the user back (GoCardless with `ref`, Enable Banking with `code` and `state`). The signed-in
 * user's household must own the connection the state names; the state is single-use. Then on to mapping accounts,
 * or back to the connections page with the reason in plain words.
 */
import { NextResponse, type NextRequest } from "next/server";
import { requireHouseholdContext } from "@/lib/http/session";
import { completeAuthorization } from "@/lib/connections";
import { toAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const ctx = await requireHouseholdContext();
  const params = Object.fromEntries(request.nextUrl.searchParams.entries());
  const target = request.nextUrl.clone();
  target.search = "";
  try {
    const connection = await completeAuthorization(ctx, params);
    target.pathname = `/connections/${connection.id}/accounts`;
  } catch (error) {
    target.pathname = "/connections";
    target.searchParams.set("error", toAppError(error).userMessage);
  }
  return NextResponse.redirect(target, 303);
}
