/** Users, households and memberships. */
import { z } from "zod";
import { AppError } from "../errors";
import { db } from "../db/client";
import { hashPassword } from "../auth/password";
import { ROLES, type Role } from "../auth/roles";
import type { HouseholdContext } from "../auth/guard";
import { requirePermission } from "../auth/guard";

export const emailSchema = z.string().trim().toLowerCase().email("Enter a valid email address.");
export const passwordSchema = z.string().min(10, "Use at least 10 characters.").max(200);

export const newUserSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: z.string().trim().max(100).optional(),
  householdName: z.string().trim().min(1).max(100).optional(),
  locale: z.enum(["en", "fr"]).optional(),
  currency: z.string().regex(/^[A-Z]{3}$/).optional(),
});
export type NewUser = z.input<typeof newUserSchema>;

/** Creates a user and, with it, a household they own. */
export async function createUserWithHousehold(input: NewUser) {
  const data = newUserSchema.parse(input);
  const existing = await db().user.findUnique({ where: { email: data.email } });
  if (existing) throw new AppError("CONFLICT", `A user with email ${data.email} already exists`);
  const passwordHash = await hashPassword(data.password);
  return db().$transaction(async (tx) => {
    const household = await tx.household.create({
      data: { name: data.householdName ?? `${data.name ?? data.email.split("@")[0]}'s household`, locale: data.locale ?? "en", currency: data.currency ?? "EUR" },
    });
    const user = await tx.user.create({ data: { email: data.email, name: data.name ?? null, passwordHash, locale: data.locale ?? null } });
    await tx.membership.create({ data: { userId: user.id, householdId: household.id, role: "owner" } });
    return { user: { id: user.id, email: user.email }, household: { id: household.id, name: household.name } };
  });
}

/** True until the first user exists: the setup page is open only then. */
export async function isFirstRun(): Promise<boolean> {
  return (await db().user.count()) === 0;
}

export const addMemberSchema = z.object({ email: emailSchema, password: passwordSchema.optional(), role: z.enum(ROLES) });

/** The owner adds a member: an existing user by email, or a new one with the given password. */
export async function addMember(ctx: HouseholdContext, input: z.input<typeof addMemberSchema>) {
  requirePermission(ctx, "manage");
  const data = addMemberSchema.parse(input);
  let user = await db().user.findUnique({ where: { email: data.email } });
  if (!user) {
    if (!data.password) throw new AppError("INVALID_INPUT", "A new member needs an initial password.");
    user = await db().user.create({ data: { email: data.email, passwordHash: await hashPassword(data.password) } });
  }
  const existing = await db().membership.findUnique({ where: { userId_householdId: { userId: user.id, householdId: ctx.householdId } } });
  if (existing) throw new AppError("CONFLICT", `${data.email} is already a member of this household`);
  await db().membership.create({ data: { userId: user.id, householdId: ctx.householdId, role: data.role } });
  return { userId: user.id, email: user.email, role: data.role as Role };
}

export async function listMembers(ctx: HouseholdContext) {
  const rows = await db().membership.findMany({ where: { householdId: ctx.householdId }, include: { user: true }, orderBy: { createdAt: "asc" } });
  return rows.map((m) => ({ id: m.id, userId: m.userId, email: m.user.email, name: m.user.name, role: m.role as Role }));
}

export async function changeMemberRole(ctx: HouseholdContext, membershipId: string, role: Role) {
  requirePermission(ctx, "manage");
  const membership = await db().membership.findFirst({ where: { id: membershipId, householdId: ctx.householdId } });
  if (!membership) throw new AppError("NOT_FOUND", "Member not found");
  if (membership.role === "owner" && role !== "owner") {
    const owners = await db().membership.count({ where: { householdId: ctx.householdId, role: "owner" } });
    if (owners <= 1) throw new AppError("CONFLICT", "A household needs at least one owner.");
  }
  await db().membership.update({ where: { id: membership.id }, data: { role } });
}

export async function removeMember(ctx: HouseholdContext, membershipId: string) {
  requirePermission(ctx, "manage");
  const membership = await db().membership.findFirst({ where: { id: membershipId, householdId: ctx.householdId } });
  if (!membership) throw new AppError("NOT_FOUND", "Member not found");
  if (membership.role === "owner") {
    const owners = await db().membership.count({ where: { householdId: ctx.householdId, role: "owner" } });
    if (owners <= 1) throw new AppError("CONFLICT", "A household needs at least one owner.");
  }
  await db().membership.delete({ where: { id: membership.id } });
}

export async function listHouseholds() {
  const rows = await db().household.findMany({ include: { _count: { select: { memberships: true, accounts: true } } }, orderBy: { createdAt: "asc" } });
  return rows.map((h) => ({ id: h.id, name: h.name, members: h._count.memberships, accounts: h._count.accounts, createdAt: h.createdAt.toISOString() }));
}
