import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { sessionUserId, signIn } from "../../helpers/next-auth-session";
import { newHousehold, memberOf } from "../app/households";
import { changePassword } from "../../../lib/auth/change-password";
import { householdContextFor } from "../../../lib/auth/guard";
import { removeMember } from "../../../lib/households/members";
import { toAppError } from "../../../lib/errors";

const testDb = useTestDb();


describe("stateless sessions can be revoked", () => {
  it("refuses every session issued before a password change, and accepts the ones issued after", async () => {
    const owner = await newHousehold("Revocation");
    const laptop = await signIn(owner.userId, owner.email);
    const phone = await signIn(owner.userId, owner.email);
    expect(typeof laptop.cv).toBe("string");
    expect(await sessionUserId(laptop)).toBe(owner.userId);

    await changePassword(owner.userId, { currentPassword: "password-1234", newPassword: "a-new-password-5678" });
    expect(await sessionUserId(laptop)).toBeUndefined();
    expect(await sessionUserId(phone)).toBeUndefined();
    const fresh = await signIn(owner.userId, owner.email);
    expect(await sessionUserId(fresh)).toBe(owner.userId);
  });

  it("refuses a token without a credential version, a forged one, and one whose user is gone", async () => {
    const owner = await newHousehold("Forged");
    const token = await signIn(owner.userId, owner.email);
    expect(await sessionUserId({ ...token, cv: undefined })).toBeUndefined();
    expect(await sessionUserId({ ...token, cv: "A".repeat(22) })).toBeUndefined();
    expect(await sessionUserId({ ...token, userId: "someone-else" })).toBeUndefined();
    await testDb.prisma.user.delete({ where: { id: owner.userId } });
    expect(await sessionUserId(token)).toBeUndefined();
  });

  it("changes nothing when the current password is wrong (and throttles guessing)", async () => {
    const owner = await newHousehold("Wrong");
    const token = await signIn(owner.userId, owner.email);
    const before = await testDb.prisma.user.findUniqueOrThrow({ where: { id: owner.userId } });
    await expect(changePassword(owner.userId, { currentPassword: "not-it-at-all", newPassword: "a-new-password-5678" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await changePassword(owner.userId, { currentPassword: "password-1234", newPassword: "short" }).then(() => "OK", (e: unknown) => toAppError(e).code)).toBe("INVALID_INPUT");
    expect((await testDb.prisma.user.findUniqueOrThrow({ where: { id: owner.userId } })).passwordHash).toBe(before.passwordHash);
    expect(await sessionUserId(token)).toBe(owner.userId);
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) codes.push(await changePassword(owner.userId, { currentPassword: `guess-${i}-guess`, newPassword: "a-new-password-5678" }).then(() => "OK", (e: { code: string }) => e.code));
    expect(codes.at(-1)).toBe("RATE_LIMITED");
  });

  it("takes a removed member's household away at the next request, the session itself stays valid for their other households", async () => {
    const owner = await newHousehold("Owner home");
    const viewer = await memberOf(owner, "viewer");
    const viewerUser = await testDb.prisma.user.findUniqueOrThrow({ where: { id: viewer.userId } });
    const token = await signIn(viewer.userId, viewerUser.email);
    expect((await householdContextFor(viewer.userId, owner.householdId)).role).toBe("viewer");
    await removeMember(owner, viewer.membershipId);
    await expect(householdContextFor(viewer.userId, owner.householdId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(householdContextFor(viewer.userId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await sessionUserId(token)).toBe(viewer.userId);
  });
});
