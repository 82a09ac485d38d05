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
  // Back on the address the user came in by (behind a proxy, the forwarded one), so the session cookie follows.
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const proto = request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(/:$/, "");
  const origin = process.env.TIRELIRE_PUBLIC_URL || (host ? `${proto}://${host}` : request.nextUrl.origin);
  let target: URL;
  try {
    const connection = await completeAuthorization(ctx, params);
    target = new URL(`/connections/${connection.id}/accounts`, origin);
  } catch (error) {
    target = new URL("/connections", origin);
    // A code, not text: a crafted link must not put words of its choosing on the page (the reason is on the card).
    target.searchParams.set("error", toAppError(error).code === "INVALID_INPUT" ? "state" : "provider");
  }
  return NextResponse.redirect(target, 303);
}
