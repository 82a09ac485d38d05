/** The household's accounts for the filter's picker (names only: no balance to compute here). */
import { raw } from "@/lib/db/raw";

export async function listAccountsWithNames(householdId: string): Promise<{ id: string; name: string }[]> {
  return raw().all<{ id: string; name: string }>(`SELECT "id", "name" FROM "Account" WHERE "householdId" = ? ORDER BY "closedAt" IS NOT NULL, "name"`, [householdId]);
}
