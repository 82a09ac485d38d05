import { describe, expect, it } from "vitest";
import { decode } from "next-auth/jwt";
import { useTestDb } from "../../helpers/db";
import { sessionUserId, signIn } from "../../helpers/next-auth-session";
import { newHousehold } from "../app/households";
import { authenticate } from "../../../lib/auth/authenticate";
import { authSecret } from "../../../lib/auth/secret";
import { changePasswordFromForm } from "../../../lib/auth/change-password-form";
import { issueSessionToken } from "../../../lib/auth/session-token";
import { toAppError } from "../../../lib/errors";

const testDb = useTestDb();


/** The field errors a failed submission shows (the form's fieldErrors), or "OK". */
async function submit(userId: string, fields: Record<string, string>): Promise<Record<string, string> | string> {
  try {
    await changePasswordFromForm(userId, fields);
    return "OK";
  } catch (error) {
    const appError = toAppError(error);
    const fieldList = (appError.details as { fields?: { field: string; message: string }[] } | undefined)?.fields;
    return fieldList ? Object.fromEntries(fieldList.map((f) => [f.field, f.message])) : appError.code;
  }
}

const hashOf = async (userId: string) => (await testDb.prisma.user.findUniqueOrThrow({ where: { id: userId } })).passwordHash;

describe("the settings page's password form", () => {
  it("names the field at fault: wrong current password, too short, mismatch, missing current password", async () => {
    const owner = await newHousehold("Form errors");
    const before = await hashOf(owner.userId);
    expect(await submit(owner.userId, { currentPassword: "not-the-password", newPassword: "a-new-password-5678", confirmPassword: "a-new-password-5678" }))
      .toEqual({ currentPassword: "The current password is not right." });
    expect(await submit(owner.userId, { currentPassword: "password-1234", newPassword: "short", confirmPassword: "short" }))
      .toEqual({ newPassword: "Use at least 10 characters." });
    expect(await submit(owner.userId, { currentPassword: "password-1234", newPassword: "a-new-password-5678", confirmPassword: "a-new-password-5679" }))
      .toEqual({ confirmPassword: "The passwords do not match." });
    expect(await submit(owner.userId, { currentPassword: "", newPassword: "a-new-password-5678", confirmPassword: "a-new-password-5678" }))
      .toEqual({ currentPassword: "Enter your current password." });
    expect(await submit(owner.userId, { currentPassword: "password-1234", newPassword: "x".repeat(201), confirmPassword: "x".repeat(201) }))
      .toEqual({ newPassword: "Use at most 200 characters." });
    expect(await hashOf(owner.userId)).toBe(before);
    // Only the wrong current password counted against the sign-in throttle: the right one still signs in.
    await expect(authenticate({ email: owner.email, password: "password-1234", ip: null })).resolves.toMatchObject({ id: owner.userId });
  });

  it("a mismatched confirmation costs no attempt against the throttle (checked before the current password)", async () => {
    const owner = await newHousehold("Mismatch");
    for (let i = 0; i < 8; i++) {
      expect(await submit(owner.userId, { currentPassword: `guess-${i}-guess`, newPassword: "a-new-password-5678", confirmPassword: "other-password-0000" }))
        .toEqual({ confirmPassword: "The passwords do not match." });
    }
    expect(await testDb.prisma.loginThrottle.count({ where: { key: `email:${owner.email}` } })).toBe(0);
  });

  it("locks after repeated wrong current passwords, like sign-in, and the lock also holds for the right one", async () => {
    const owner = await newHousehold("Locked");
    const results: (Record<string, string> | string)[] = [];
    for (let i = 0; i < 5; i++) results.push(await submit(owner.userId, { currentPassword: `guess-${i}-guess`, newPassword: "a-new-password-5678", confirmPassword: "a-new-password-5678" }));
    expect(results.slice(0, 4)).toEqual(Array(4).fill({ currentPassword: "The current password is not right." }));
    expect(results[4]).toBe("RATE_LIMITED");
    expect(await submit(owner.userId, { currentPassword: "password-1234", newPassword: "a-new-password-5678", confirmPassword: "a-new-password-5678" })).toBe("RATE_LIMITED");
    await expect(authenticate({ email: owner.email, password: "password-1234", ip: null })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("changes the password: the old one no longer signs in, the new one does", async () => {
    const owner = await newHousehold("Changed");
    expect(await submit(owner.userId, { currentPassword: "password-1234", newPassword: "a-new-password-5678", confirmPassword: "a-new-password-5678" })).toBe("OK");
    await expect(authenticate({ email: owner.email, password: "password-1234", ip: null })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(authenticate({ email: owner.email, password: "a-new-password-5678", ip: null })).resolves.toMatchObject({ id: owner.userId });
  });
});

describe("the session renewed after a password change", () => {
  it("is a next-auth session for the new password while every session issued before is refused", async () => {
    const owner = await newHousehold("Renewed");
    const thisDevice = await signIn(owner.userId, owner.email);
    const otherDevice = await signIn(owner.userId, owner.email);
    await changePasswordFromForm(owner.userId, { currentPassword: "password-1234", newPassword: "a-new-password-5678", confirmPassword: "a-new-password-5678" });
    const renewed = await issueSessionToken(owner.userId);

    const decoded = await decode({ token: renewed.value, secret: authSecret() });
    expect(decoded).toMatchObject({ sub: owner.userId, userId: owner.userId, email: owner.email });
    expect(decoded!.exp as number).toBeGreaterThan(Date.now() / 1000 + 29 * 24 * 3600);
    expect(renewed.maxAgeS).toBe(30 * 24 * 3600);
    expect(await sessionUserId(decoded!)).toBe(owner.userId);
    expect(await sessionUserId(thisDevice)).toBeUndefined();
    expect(await sessionUserId(otherDevice)).toBeUndefined();
  });

  it("is refused in turn once the password changes again (a renewed cookie is no master key)", async () => {
    const owner = await newHousehold("Twice");
    await changePasswordFromForm(owner.userId, { currentPassword: "password-1234", newPassword: "a-new-password-5678", confirmPassword: "a-new-password-5678" });
    const renewed = (await decode({ token: (await issueSessionToken(owner.userId)).value, secret: authSecret() }))!;
    await changePasswordFromForm(owner.userId, { currentPassword: "a-new-password-5678", newPassword: "third-password-9012", confirmPassword: "third-password-9012" });
    expect(await sessionUserId(renewed)).toBeUndefined();
    await expect(issueSessionToken("no-such-user")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
