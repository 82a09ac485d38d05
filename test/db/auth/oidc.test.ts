import { describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { useTestDb } from "../../helpers/db";
import { newHousehold } from "../app/households";
import { authOptions } from "../../../lib/auth/options";
import { localUserForOidc, oidcProvider, oidcSettings } from "../../../lib/auth/oidc";
import { changePassword } from "../../../lib/auth/change-password";

useTestDb();

const oidcAccount = { provider: "oidc", type: "oauth", providerAccountId: "sub-1" };

describe("optional OpenID Connect sign-in", () => {
  it("is off unless issuer, client id and secret are all set", () => {
    expect(oidcSettings({})).toBeNull();
    expect(oidcSettings({ TIRELIRE_OIDC_ISSUER: "https://id.example.org", TIRELIRE_OIDC_CLIENT_ID: "tirelire" })).toBeNull();
    const settings = oidcSettings({ TIRELIRE_OIDC_ISSUER: "https://id.example.org/realms/home/", TIRELIRE_OIDC_CLIENT_ID: "tirelire", TIRELIRE_OIDC_CLIENT_SECRET: "s3cret" });
    expect(settings).toEqual({ issuer: "https://id.example.org/realms/home", clientId: "tirelire", clientSecret: "s3cret", name: "Single sign-on" });
    const provider = oidcProvider(settings!);
    expect(provider).toMatchObject({ id: "oidc", type: "oauth", idToken: true, checks: ["pkce", "state"], wellKnown: "https://id.example.org/realms/home/.well-known/openid-configuration" });
  });

  it("signs in only existing users, by a verified email, as the local user", async () => {
    const owner = await newHousehold("SSO");
    const { signIn, jwt, session } = authOptions().callbacks!;
    const verified = { sub: "sub-1", email: owner.email.toUpperCase(), email_verified: true };
    expect(await signIn!({ account: oidcAccount, profile: verified, user: { id: "sub-1" } } as never)).toBe(true);
    expect(await signIn!({ account: oidcAccount, profile: { ...verified, email_verified: false }, user: { id: "sub-1" } } as never)).toBe(false);
    expect(await signIn!({ account: oidcAccount, profile: { sub: "x", email: "stranger@example.org", email_verified: true }, user: { id: "x" } } as never)).toBe(false);
    expect(await signIn!({ account: { provider: "credentials", type: "credentials" }, user: { id: owner.userId } } as never)).toBe(true);
    expect(await localUserForOidc({ email: owner.email })).toBeNull(); // no email_verified claim: refused

    const token: JWT = await jwt!({ token: { sub: "sub-1" }, user: { id: "sub-1", email: owner.email }, account: oidcAccount, profile: verified, trigger: "signIn" } as never);
    expect(token.userId).toBe(owner.userId);
    const current = async (t: JWT) => ((await session!({ session: { expires: "2099-01-01T00:00:00Z" }, token: t } as never)) as { userId?: string }).userId;
    expect(await current(token)).toBe(owner.userId);
    await changePassword(owner.userId, { currentPassword: "password-1234", newPassword: "another-password-99" });
    expect(await current(token)).toBeUndefined();
  });
});
