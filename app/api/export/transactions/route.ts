/**
 * GET /api/export/transactions?<explorer filter> → the filter's transactions as CSV, streamed in keyset batches
 * (a million rows never sit in memory). Text cells are safe against spreadsheet formula injection; amounts stay
 * plain decimals in their own column.
 */
import { apiHouseholdContext, errorResponse } from "@/lib/http/api";
import { db } from "@/lib/db/client";
import { explorerCsvLines } from "@/lib/insights/export-csv";
import { parseExplorerFilter } from "@/lib/insights/shape/filters";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  let ctx: Awaited<ReturnType<typeof apiHouseholdContext>>;
  try {
    ctx = await apiHouseholdContext();
  } catch (error) {
    return errorResponse(error);
  }
  const household = await db().household.findUnique({ where: { id: ctx.householdId }, select: { currency: true } });
  const params: Record<string, string[]> = {};
  for (const [key, value] of new URL(request.url).searchParams) (params[key] ??= []).push(value);
  const filter = parseExplorerFilter(params, household?.currency ?? "EUR");
  const lines = explorerCsvLines(ctx, filter, ctx.locale);
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await lines.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="tirelire-transactions-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
