/** What the user does with a series: list, confirm, edit (name, amount, interval) or dismiss it. Scoped by household. */
import { z } from "zod";
import { requirePermission, type HouseholdContext } from "../../auth/guard";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { toMinor } from "../../money";
import { amountToleranceMinor } from "./stats";

export interface SeriesRow {
  id: string;
  name: string;
  payee: string | null;
  categoryId: string | null;
  accountId: string | null;
  amountMinor: bigint;
  currency: string;
  intervalDays: number;
  lastDate: string | null;
  nextDate: string | null;
  state: string;
  occurrences: number;
}

export async function listSeries(ctx: HouseholdContext, options: { includeDismissed?: boolean } = {}): Promise<SeriesRow[]> {
  const rows = await db().recurrence.findMany({
    where: { householdId: ctx.householdId, ...(options.includeDismissed ? {} : { state: { not: "dismissed" } }) },
    orderBy: [{ nextDate: "asc" }, { name: "asc" }],
    include: { _count: { select: { transactions: true } } },
  });
  return rows.map((r) => ({
    id: r.id, name: r.name, payee: r.payee, categoryId: r.categoryId, accountId: r.accountId, amountMinor: r.amountMinor, currency: r.currency,
    intervalDays: r.intervalDays, lastDate: r.lastDate, nextDate: r.nextDate, state: r.state, occurrences: r._count.transactions,
  }));
}

async function findSeries(ctx: HouseholdContext, id: string) {
  const series = await db().recurrence.findFirst({ where: { id, householdId: ctx.householdId } });
  if (!series) throw new AppError("NOT_FOUND", "Recurring payment not found");
  return series;
}

export async function setSeriesState(ctx: HouseholdContext, id: string, state: "confirmed" | "dismissed" | "detected"): Promise<void> {
  requirePermission(ctx, "write");
  await findSeries(ctx, id);
  await db().recurrence.update({ where: { id }, data: { state } });
}

export const seriesEditSchema = z.object({
  name: z.string().trim().min(1, "Name is required").max(120),
  amount: z.string().trim().regex(/^-?\d+(\.\d+)?$/, "Amount must be a decimal number like -12.30"),
  intervalDays: z.coerce.number().int("Interval must be whole days").min(1, "Interval must be at least 1 day").max(400, "Interval must be at most 400 days"),
});

/** Editing confirms the series: the user vouched for it. */
export async function editSeries(ctx: HouseholdContext, id: string, input: z.input<typeof seriesEditSchema>): Promise<void> {
  requirePermission(ctx, "write");
  const parsed = seriesEditSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("INVALID_INPUT", "Invalid recurring payment", {
      details: { fields: parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? ""), message: i.message })) },
    });
  }
  const series = await findSeries(ctx, id);
  let amountMinor: bigint;
  try {
    amountMinor = toMinor(parsed.data.amount, series.currency);
  } catch {
    throw new AppError("INVALID_INPUT", "Invalid recurring payment", { details: { fields: [{ field: "amount", message: "Too many decimals for this currency" }] } });
  }
  await db().recurrence.update({
    where: { id },
    data: { name: parsed.data.name, amountMinor, amountToleranceMinor: amountToleranceMinor(amountMinor), intervalDays: parsed.data.intervalDays, state: "confirmed" },
  });
}
