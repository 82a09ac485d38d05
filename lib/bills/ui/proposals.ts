/** The other amounts and dates a plain PDF's text held (details.proposals), as hints beside the "to complete" form. */
const MAX_HINTS = 8;

export function proposalsOf(details: Record<string, unknown> | null): { amounts: string[]; dates: string[] } {
  const proposals = (details?.proposals ?? null) as { amounts?: unknown; dates?: unknown } | null;
  const amounts = Array.isArray(proposals?.amounts) ? proposals.amounts : [];
  const dates = Array.isArray(proposals?.dates) ? proposals.dates : [];
  const text = (value: unknown) => (typeof value === "string" ? value : null);
  return {
    amounts: [...new Set(amounts.map((a) => text((a as { amount?: unknown } | null)?.amount)).filter((a): a is string => !!a))].slice(0, MAX_HINTS),
    dates: [...new Set(dates.map(text).filter((d): d is string => !!d))].slice(0, MAX_HINTS),
  };
}
