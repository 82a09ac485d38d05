import { checkHealth } from "@/lib/http/health";

export const dynamic = "force-dynamic";

/** 200 {ok:true} when the database is reachable and migrations are applied, 503 otherwise. */
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
