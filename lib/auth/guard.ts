/**
 * The one household guard. Every data access starts from a HouseholdContext obtained here, so every query
 * can filter on ctx.householdId; ids of another household are simply not found (404, never 403: no oracle).
 */
import { AppError } from "../errors";
import { db } from "../db/client";
import { can, isRole, type Permission, type Role } from "./roles";

export interface HouseholdContext {
  householdId: string;
  userId: string | null;
  role: Role;
}

/** Resolves the membership of a user in a household (the first one when none is named). */
export async function householdContextFor(userId: string, householdId?: string | null): Promise<HouseholdContext> {
  const membership = await db().membership.findFirst({
    where: { userId, ...(householdId ? { householdId } : {}) },
    orderBy: { createdAt: "asc" },
  });
  if (!membership || !isRole(membership.role)) throw new AppError("NOT_FOUND", "Household not found");
  return { householdId: membership.householdId, userId, role: membership.role };
}

export function requirePermission(ctx: HouseholdContext, permission: Permission): void {
  if (!can(ctx.role, permission)) {
    throw new AppError("FORBIDDEN", `Role ${ctx.role} cannot ${permission}`, {
      userMessage: permission === "manage" ? "Only the household owner can do this." : "Your role in this household is read-only.",
    });
  }
}

/** A context for trusted local tooling (CLI run by the server's operator). */
export function operatorContext(householdId: string): HouseholdContext {
  return { householdId, userId: null, role: "owner" };
}
