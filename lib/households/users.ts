/** Users and their households (used by first-run setup and the CLI). */
import { z } from "zod";
import { AppError } from "../errors";
import { db } from "../db/client";
import { hashPassword } from "../auth/password";
import { currencySchema, emailSchema, householdNameSchema, localeSchema, passwordSchema } from "./schemas";

export { emailSchema, passwordSchema };

export const newUserSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: z.string().trim().max(100).optional().transform((v) => (v ? v : null)),
  householdName: householdNameSchema.optional(),
  locale: localeSchema.optional(),
  currency: currencySchema.optional(),
});
export type NewUser = z.input<typeof newUserSchema>;

export interface CreatedUser {
  user: { id: string; email: string };
  household: { id: string; name: string };
}

/**
 * Creates a user and, with it, a household they own. With `onlyIfFirst`, refuses (CONFLICT) when any user
 * already exists, checked inside the same transaction as the insert.
 */
export async function createUserWithHousehold(input: NewUser, options: { onlyIfFirst?: boolean } = {}): Promise<CreatedUser> {
  const data = newUserSchema.parse(input);
  const passwordHash = await hashPassword(data.password);
  return db().$transaction(async (tx) => {
    if (options.onlyIfFirst && (await tx.user.count()) > 0) {
      throw new AppError("CONFLICT", "Setup already done: a user exists", { userMessage: "Tirelire is already set up. Sign in instead." });
    }
    if (await tx.user.findUnique({ where: { email: data.email } })) {
      throw new AppError("CONFLICT", `A user with email ${data.email} already exists`);
    }
    const household = await tx.household.create({
      data: { name: data.householdName ?? `${data.name ?? data.email.split("@")[0]}'s household`, locale: data.locale ?? "en", currency: data.currency ?? "EUR" },
    });
    const user = await tx.user.create({ data: { email: data.email, name: data.name, passwordHash, locale: data.locale ?? null } });
    await tx.membership.create({ data: { userId: user.id, householdId: household.id, role: "owner" } });
    return { user: { id: user.id, email: user.email }, household: { id: household.id, name: household.name } };
  });
}

export async function listHouseholds() {
  const rows = await db().household.findMany({ include: { _count: { select: { memberships: true, accounts: true } } }, orderBy: { createdAt: "asc" } });
  return rows.map((h) => ({ id: h.id, name: h.name, members: h._count.memberships, accounts: h._count.accounts, createdAt: h.createdAt.toISOString() }));
}
