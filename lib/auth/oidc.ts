/**
 * Optional single sign-on with an OpenID Connect provider (Authelia, Authentik, Keycloak, Google…). Off unless
 * TIRELIRE_OIDC_ISSUER, TIRELIRE_OIDC_CLIENT_ID and TIRELIRE_OIDC_CLIENT_SECRET are all set. It signs in existing
 * users only, by their verified email: an owner adds a member first (Settings → Members), so a stranger with an
 * account at the provider gets nothing. The session then is an ordinary Tirelire session for that local user
 * (same credential version, so a password change ends it too).
 */
import type { OAuthConfig } from "next-auth/providers/oauth";
import { db } from "../db/client";

export const OIDC_PROVIDER_ID = "oidc";

interface OidcProfile {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
}

export function oidcSettings(env: Record<string, string | undefined> = process.env): OidcSettings | null {
  const issuer = env.TIRELIRE_OIDC_ISSUER?.trim().replace(/\/+$/, "");
  const clientId = env.TIRELIRE_OIDC_CLIENT_ID?.trim();
  const clientSecret = env.TIRELIRE_OIDC_CLIENT_SECRET?.trim();
  if (!issuer || !clientId || !clientSecret) return null;
  return { issuer, clientId, clientSecret, name: env.TIRELIRE_OIDC_NAME?.trim() || "Single sign-on" };
}

/** For the sign-in page: the button to show, or null when single sign-on is off. */
export function oidcSignInOption(): { id: string; name: string } | null {
  const settings = oidcSettings();
  return settings ? { id: OIDC_PROVIDER_ID, name: settings.name } : null;
}

export function oidcProvider(settings: OidcSettings): OAuthConfig<OidcProfile> {
  return {
    id: OIDC_PROVIDER_ID, name: settings.name, type: "oauth", wellKnown: `${settings.issuer}/.well-known/openid-configuration`,
    clientId: settings.clientId, clientSecret: settings.clientSecret, idToken: true, checks: ["pkce", "state"],
    authorization: { params: { scope: "openid email profile" } },
    profile: (profile) => ({ id: profile.sub, email: profile.email ?? null, name: profile.name ?? null }),
  };
}

/** The local user an OIDC profile signs in as: only a verified email of an existing user; else null (refused). */
export async function localUserForOidc(profile: unknown): Promise<string | null> {
  const { email, email_verified: isVerified } = (profile ?? {}) as Partial<OidcProfile>;
  if (typeof email !== "string" || isVerified !== true) return null;
  const user = await db().user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  return user?.id ?? null;
}
