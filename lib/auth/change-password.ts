/**
 * A user changes their own password: the current one must be right (throttled like a sign-in), the new one follows
 * the sign-up rules. The new hash changes the session credential version, so every session of this user — on any
 * instance, this device's included — is refused from its next request. A session cannot refresh its own version (a
 * stolen cookie must not survive the change): the settings form, having just checked the current password, hands its
 * own device a new session (lib/auth/session-token.ts); every other one signs in again with the new password.
 */
import { z } from "zod";
import { AppError } from "../errors";
import { db } from "../db/client";
import { passwordSchema } from "../households/schemas";
import { hashPassword, verifyPassword } from "./password";
import { assertNotThrottled, clearFailedSignIns, lockedError, recordFailedSignIn } from "./throttle";
import { throttleKey } from "./throttle-policy";

const changePasswordSchema = z.object({ currentPassword: z.string().min(1).max(1000), newPassword: passwordSchema });

export async function changePassword(userId: string, input: z.input<typeof changePasswordSchema>, now = new Date()): Promise<void> {
  const data = changePasswordSchema.parse(input);
  const user = await db().user.findUnique({ where: { id: userId } });
  if (!user) throw new AppError("NOT_FOUND", "User not found");
  const keys = [throttleKey("email", user.email)];
  await assertNotThrottled(keys, now);
  if (!(await verifyPassword(data.currentPassword, user.passwordHash))) {
    const waitMs = await recordFailedSignIn(keys, now);
    if (waitMs > 0) throw lockedError(waitMs);
    throw new AppError("INVALID_INPUT", "The current password is not right.", {
      details: { fields: [{ field: "currentPassword", message: "The current password is not right." }] },
    });
  }
  await clearFailedSignIns(keys[0]!);
  await db().user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(data.newPassword) } });
}
