/** Exchange rates the household entered, for converted totals (never fetched: Tirelire works offline). */
import { z } from "zod";
import Decimal from "decimal.js";
import { db } from "../db/client";
import { AppError } from "../errors";
import { requirePermission, type HouseholdContext } from "../auth/guard";
import { currencySchema } from "../households/schemas";
import type { Rate } from "./shape/convert";

const rateSchema = z.object({
  fromCurrency: currencySchema,
  toCurrency: currencySchema,
  rate: z.string().trim().transform((v) => v.replace(",", ".")).refine((v) => /^\d{1,12}(\.\d{1,12})?$/.test(v) && !new Decimal(v).isZero(), "A positive decimal rate, e.g. 1.0842."),
});
export type RateInput = z.input<typeof rateSchema>;

export async function listRates(ctx: HouseholdContext): Promise<(Rate & { id: string })[]> {
  const rows = await db().exchangeRate.findMany({ where: { householdId: ctx.householdId }, orderBy: [{ fromCurrency: "asc" }, { toCurrency: "asc" }] });
  return rows.map((r) => ({ id: r.id, fromCurrency: r.fromCurrency, toCurrency: r.toCurrency, rate: r.rate }));
}

export async function saveRate(ctx: HouseholdContext, input: RateInput): Promise<void> {
  requirePermission(ctx, "write");
  const data = rateSchema.parse(input);
  if (data.fromCurrency === data.toCurrency) throw new AppError("INVALID_INPUT", "Choose two different currencies.");
  await db().exchangeRate.upsert({
    where: { householdId_fromCurrency_toCurrency: { householdId: ctx.householdId, fromCurrency: data.fromCurrency, toCurrency: data.toCurrency } },
    create: { householdId: ctx.householdId, ...data },
    update: { rate: data.rate },
  });
}

export async function deleteRate(ctx: HouseholdContext, rateId: string): Promise<void> {
  requirePermission(ctx, "write");
  const { count } = await db().exchangeRate.deleteMany({ where: { id: rateId, householdId: ctx.householdId } });
  if (!count) throw new AppError("NOT_FOUND", "Rate not found");
}
