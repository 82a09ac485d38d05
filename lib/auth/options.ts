/** next-auth (v4) configuration: email + password credentials, JWT sessions carrying the user id. */
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { isAppError } from "../errors";
import { authenticate } from "./authenticate";
import { authSecret } from "./secret";
import { currentCredentialVersion, isSessionCurrent } from "./session-credential";
import { OIDC_PROVIDER_ID, localUserForOidc, oidcProvider, oidcSettings } from "./oidc";

/** How long a session lasts (also the lifetime of one renewed after a password change: lib/auth/session-token.ts). */
export const SESSION_MAX_AGE_S = 30 * 24 * 3600;

/**
 * The client's address for the per-IP sign-in throttle. Forwarding headers are set by whoever sends the request,
 * so they are trusted only behind a proxy the operator declares (TIRELIRE_TRUST_PROXY=1); then the last
 * X-Forwarded-For entry — the one that proxy appended — is the client. Without it, only the per-email throttle applies.
 */
export function clientIp(headers: Record<string, unknown> | undefined, trustProxy = process.env.TIRELIRE_TRUST_PROXY === "1"): string | null {
  if (!trustProxy) return null;
  const real = headers?.["x-real-ip"];
  if (typeof real === "string" && real.trim()) return real.trim();
  const forwarded = headers?.["x-forwarded-for"];
  const last = typeof forwarded === "string" ? forwarded.split(",").at(-1)?.trim() : undefined;
  return last || null;
}

/** Error codes the sign-in form understands (next-auth passes a thrown message through as `error`). */
export const SIGN_IN_ERROR = { invalid: "CredentialsSignin", lockedPrefix: "RATE_LIMITED:" } as const;

let options: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  options ??= {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      ...(oidcSettings() ? [oidcProvider(oidcSettings()!)] : []),
      CredentialsProvider({
        name: "Email",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          try {
            const user = await authenticate({ email: credentials?.email ?? "", password: credentials?.password ?? "", ip: clientIp(req?.headers) });
            return { id: user.id, email: user.email, name: user.name };
          } catch (error) {
            if (isAppError(error) && error.code === "UNAUTHENTICATED") return null;
            if (isAppError(error) && error.code === "RATE_LIMITED") {
              const seconds = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds ?? 60;
              throw new Error(`${SIGN_IN_ERROR.lockedPrefix}${seconds}`);
            }
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      // Single sign-on only for existing users with a verified email (lib/auth/oidc.ts); credentials decide themselves.
      async signIn({ account, profile }) {
        return account?.provider !== OIDC_PROVIDER_ID || (await localUserForOidc(profile)) !== null;
      },
      // The token carries the credential version of the password it was issued for (lib/auth/session-credential.ts).
      async jwt({ token, user, account, profile }) {
        if (user) {
          // A provider's user id is its own subject: map it to ours.
          const userId = account?.provider === OIDC_PROVIDER_ID ? await localUserForOidc(profile) : user.id;
          token.userId = userId ?? undefined;
          token.sub = userId ?? undefined;
          token.cv = userId ? await currentCredentialVersion(userId) : undefined;
        }
        return token;
      },
      // Checked on every request: a session issued before a password change (or whose user is gone) has no user.
      async session({ session, token }) {
        const userId = typeof token.userId === "string" ? token.userId : token.sub;
        return { ...session, userId: (await isSessionCurrent(userId, token.cv)) ? userId : undefined };
      },
    },
  };
  return options;
}
