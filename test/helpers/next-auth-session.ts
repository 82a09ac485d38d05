/** What next-auth does with our callbacks: jwt() once at sign-in, then session() on every request with the decoded token. */
import type { JWT } from "next-auth/jwt";
import type { Session } from "next-auth";
import { authOptions } from "../../lib/auth/options";

export async function signIn(userId: string, email: string): Promise<JWT> {
  const jwt = authOptions().callbacks!.jwt!;
  return jwt({ token: { sub: userId, email }, user: { id: userId, email }, account: null, trigger: "signIn" } as never);
}

/** The user id the session callback grants for this token (undefined when the session is refused). */
export async function sessionUserId(token: JWT): Promise<unknown> {
  const session = authOptions().callbacks!.session!;
  const result = await session({ session: { user: {}, expires: "2099-01-01T00:00:00Z" } as Session, token, user: undefined as never, newSession: undefined, trigger: "update" } as never);
  return (result as { userId?: unknown }).userId;
}
