/** The household's own settings: name, locale, main currency (owners only). */
import { z } from "zod";
import { db } from "../db/client";
import { requirePermission, type HouseholdContext } from "../auth/guard";
import { currencySchema, householdNameSchema, localeSchema } from "./schemas";

export const householdSettingsSchema = z.object({ name: householdNameSchema, locale: localeSchema, currency: currencySchema });
export type HouseholdSettingsInput = z.input<typeof householdSettingsSchema>;

export async function getHouseholdSettings(ctx: HouseholdContext) {
  const household = await db().household.findUniqueOrThrow({ where: { id: ctx.householdId } });
  return { name: household.name, locale: household.locale, currency: household.currency };
}

export async function updateHouseholdSettings(ctx: HouseholdContext, input: HouseholdSettingsInput) {
  requirePermission(ctx, "manage");
  const data = householdSettingsSchema.parse(input);
  await db().household.update({ where: { id: ctx.householdId }, data });
  return data;
}
