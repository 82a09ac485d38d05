/** Test helpers for the app's DB tests: households with an owner, and contexts for other roles. */
import { householdContextFor, type HouseholdContext } from "../../../lib/auth/guard";
import { createUserWithHousehold } from "../../../lib/households/users";
import { addMember } from "../../../lib/households/members";
import type { Role } from "../../../lib/auth/roles";

// bcrypt at its lowest cost: these tests check behaviour, not hashing strength.
process.env.TIRELIRE_BCRYPT_COST = "4";

let counter = 0;
const uniqueEmail = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}@example.com`;

export async function newHousehold(name = "Household"): Promise<HouseholdContext & { userId: string; email: string }> {
  const email = uniqueEmail("owner");
  const created = await createUserWithHousehold({ email, password: "password-1234", householdName: name });
  const ctx = await householdContextFor(created.user.id, created.household.id);
  return { ...ctx, userId: created.user.id, email };
}

/** Adds a new user with `role` to the owner's household and returns that user's context. */
export async function memberOf(owner: HouseholdContext, role: Role): Promise<HouseholdContext & { userId: string; membershipId: string }> {
  const member = await addMember(owner, { email: uniqueEmail(role), password: "password-1234", role });
  const ctx = await householdContextFor(member.userId, owner.householdId);
  return { ...ctx, userId: member.userId, membershipId: member.id };
}
