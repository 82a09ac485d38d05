/** The households a user belongs to (for the household switcher). */
import { db } from "../db/client";
import type { Role } from "../auth/roles";

export interface UserHousehold {
  id: string;
  name: string;
  role: Role;
}

export async function listHouseholdsOfUser(userId: string): Promise<UserHousehold[]> {
  const rows = await db().membership.findMany({ where: { userId }, include: { household: true }, orderBy: { createdAt: "asc" } });
  return rows.map((m) => ({ id: m.householdId, name: m.household.name, role: m.role as Role }));
}
