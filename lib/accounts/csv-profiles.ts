/**
 * Saved CSV profiles: the mapping a user made for a bank's CSV export, stored per household (optionally tied to
 * an account) so the next file from that bank imports without the mapping screen. A profile is the CSV adapter's
 * JSON (lib/aggregators/file/csv/profile.ts), validated on save.
 */
import { z } from "zod";
import { db } from "../db/client";
import { AppError } from "../errors";
import { requirePermission, type HouseholdContext } from "../auth/guard";
import { parseCsvProfile, type CsvProfile } from "../aggregators/file/csv";
import { getAccount } from "./accounts";

export interface SavedCsvProfile {
  id: string;
  name: string;
  accountId: string | null;
  profile: CsvProfile;
}

const saveSchema = z.object({
  name: z.string().trim().min(1, "Give the profile a name.").max(120),
  accountId: z.string().max(64).nullish(),
  profile: z.unknown(),
});

export async function listCsvProfiles(ctx: HouseholdContext): Promise<SavedCsvProfile[]> {
  const rows = await db().csvProfile.findMany({ where: { householdId: ctx.householdId }, orderBy: { name: "asc" } });
  const profiles: SavedCsvProfile[] = [];
  for (const row of rows) {
    try {
      profiles.push({ id: row.id, name: row.name, accountId: row.accountId, profile: parseCsvProfile(row.profile) });
    } catch {
      // A profile saved by an older version that no longer validates is skipped, not fatal to the page.
    }
  }
  return profiles;
}

/** Creates or replaces the household's profile of that name. */
export async function saveCsvProfile(ctx: HouseholdContext, input: z.input<typeof saveSchema>): Promise<SavedCsvProfile> {
  requirePermission(ctx, "write");
  const data = saveSchema.parse(input);
  const profile = parseCsvProfile({ ...(data.profile as object), name: data.name });
  const accountId = data.accountId ? (await getAccount(ctx, data.accountId)).id : null;
  const row = await db().csvProfile.upsert({
    where: { householdId_name: { householdId: ctx.householdId, name: data.name } },
    create: { householdId: ctx.householdId, name: data.name, accountId, profile: JSON.stringify(profile) },
    update: { accountId, profile: JSON.stringify(profile) },
  });
  return { id: row.id, name: row.name, accountId: row.accountId, profile };
}

export async function deleteCsvProfile(ctx: HouseholdContext, profileId: string): Promise<void> {
  requirePermission(ctx, "write");
  const deleted = await db().csvProfile.deleteMany({ where: { id: profileId, householdId: ctx.householdId } });
  if (deleted.count === 0) throw new AppError("NOT_FOUND", "Profile not found");
}
