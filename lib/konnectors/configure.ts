/** A household's konnector rows: created on first use or by configuration (schedule, settings). */
import { z } from "zod";
import { Cron } from "croner";
import { db } from "../db/client";
import { requirePermission, type HouseholdContext } from "../auth/guard";
import { konnectorSlugSchema } from "../bills/schema";
import { isBuiltInKonnector, konnectors } from "./registry";


function isValidCron(expression: string): boolean {
  try {
    new Cron(expression, { paused: true });
    return true;
  } catch {
    return false;
  }
}

export const configureKonnectorSchema = z.object({
  slug: konnectorSlugSchema,
  name: z.string().trim().min(1).max(100).optional(),
  schedule: z.string().trim().max(100).refine(isValidCron, "Not a valid cron expression (e.g. \"0 6 * * *\")").nullish(),
  settings: z.record(z.string(), z.unknown()).optional(),
});

/** The Konnector row for a slug, created when missing (built-in ones take their registry name). */
export async function ensureKonnector(ctx: HouseholdContext, slug: string) {
  const name = isBuiltInKonnector(slug) ? (konnectors[slug]?.name ?? slug) : slug;
  return db().konnector.upsert({
    where: { householdId_slug: { householdId: ctx.householdId, slug } },
    create: { householdId: ctx.householdId, slug, name },
    update: {},
  });
}

export async function configureKonnector(ctx: HouseholdContext, input: z.input<typeof configureKonnectorSchema>) {
  requirePermission(ctx, "write");
  const data = configureKonnectorSchema.parse(input);
  await ensureKonnector(ctx, data.slug);
  return db().konnector.update({
    where: { householdId_slug: { householdId: ctx.householdId, slug: data.slug } },
    data: {
      ...(data.name ? { name: data.name } : {}),
      ...(data.schedule !== undefined ? { schedule: data.schedule || null } : {}),
      ...(data.settings ? { settings: JSON.stringify(data.settings) } : {}),
    },
  });
}

export async function listKonnectors(ctx: HouseholdContext) {
  return db().konnector.findMany({ where: { householdId: ctx.householdId }, orderBy: { slug: "asc" } });
}
