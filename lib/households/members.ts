/** Household members: the owner adds them by email with a role, changes roles, removes them; a household always keeps an owner. */
import { z } from "zod";
import { AppError } from "../errors";
import { db } from "../db/client";
import { hashPassword } from "../auth/password";
import { ROLES, type Role } from "../auth/roles";
import { requirePermission, type HouseholdContext } from "../auth/guard";
import { emailSchema, passwordSchema } from "./schemas";

export const addMemberSchema = z.object({
  email: emailSchema,
  password: z.union([z.literal(""), passwordSchema]).optional().transform((v) => (v ? v : undefined)),
  role: z.enum(ROLES, { message: "Choose owner, member or viewer." }),
});
export type AddMemberInput = z.input<typeof addMemberSchema>;

export interface Member {
  id: string;
  userId: string;
  email: string;
  name: string | null;
  role: Role;
}

/** Adds an existing user by email, or creates one with the given initial password. */
export async function addMember(ctx: HouseholdContext, input: AddMemberInput): Promise<Member> {
  requirePermission(ctx, "manage");
  const data = addMemberSchema.parse(input);
  const existingUser = await db().user.findUnique({ where: { email: data.email } });
  if (!existingUser && !data.password) {
    throw new AppError("INVALID_INPUT", "A new member needs an initial password.", { details: { fields: [{ field: "password", message: "A new member needs an initial password." }] } });
  }
  const passwordHash = existingUser ? null : await hashPassword(data.password!);
  return db().$transaction(async (tx) => {
    const user = existingUser ?? (await tx.user.create({ data: { email: data.email, passwordHash: passwordHash! } }));
    const isMember = await tx.membership.findUnique({ where: { userId_householdId: { userId: user.id, householdId: ctx.householdId } } });
    if (isMember) throw new AppError("CONFLICT", `${data.email} is already a member of this household`);
    const membership = await tx.membership.create({ data: { userId: user.id, householdId: ctx.householdId, role: data.role } });
    return { id: membership.id, userId: user.id, email: user.email, name: user.name, role: data.role };
  });
}

export async function listMembers(ctx: HouseholdContext): Promise<Member[]> {
  const rows = await db().membership.findMany({ where: { householdId: ctx.householdId }, include: { user: true }, orderBy: { createdAt: "asc" } });
  return rows.map((m) => ({ id: m.id, userId: m.userId, email: m.user.email, name: m.user.name, role: m.role as Role }));
}

async function findMembership(ctx: HouseholdContext, membershipId: string) {
  const membership = await db().membership.findFirst({ where: { id: membershipId, householdId: ctx.householdId } });
  if (!membership) throw new AppError("NOT_FOUND", "Member not found");
  return membership;
}

async function assertAnotherOwner(ctx: HouseholdContext): Promise<void> {
  const owners = await db().membership.count({ where: { householdId: ctx.householdId, role: "owner" } });
  if (owners <= 1) throw new AppError("CONFLICT", "A household needs at least one owner.");
}

export async function changeMemberRole(ctx: HouseholdContext, membershipId: string, role: Role): Promise<void> {
  requirePermission(ctx, "manage");
  const nextRole = z.enum(ROLES).parse(role);
  const membership = await findMembership(ctx, membershipId);
  if (membership.role === "owner" && nextRole !== "owner") await assertAnotherOwner(ctx);
  await db().membership.update({ where: { id: membership.id }, data: { role: nextRole } });
}

export async function removeMember(ctx: HouseholdContext, membershipId: string): Promise<void> {
  requirePermission(ctx, "manage");
  const membership = await findMembership(ctx, membershipId);
  if (membership.role === "owner") await assertAnotherOwner(ctx);
  await db().membership.delete({ where: { id: membership.id } });
}
