import { createRequire } from "node:module";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isSecureRequest, type SecureRequestEnv } from "../../../lib/http/secure-request";
import { householdCookieOptions } from "../../../lib/http/household-cookie";
import { sessionCookieName } from "../../../lib/auth/session-token";

// next-auth's own origin detection (not in its package exports, so loaded by file): the Secure decision must match it.
const { detectOrigin } = createRequire(import.meta.url)(path.resolve("node_modules/next-auth/utils/detect-origin.js")) as {
  detectOrigin: (host: string, protocol?: string) => string | undefined;
};

const KEYS = ["NEXTAUTH_URL", "AUTH_TRUST_HOST", "VERCEL"] as const;
// next-auth types VERCEL as "1": the environment is handled as plain strings here.
const env = process.env as Record<string, string | undefined>;
const saved = Object.fromEntries(KEYS.map((key) => [key, env[key]]));
afterEach(() => {
  for (const key of KEYS) {
    if (saved[key] === undefined) delete env[key];
    else env[key] = saved[key];
  }
});

const h = (proto?: string) => new Headers({ host: "money.local", ...(proto === undefined ? {} : { "x-forwarded-proto": proto }) });

/** What next-auth decides for its session cookie (core/init.js: url.base.startsWith("https://")), with env set as given. */
function nextAuthIsSecure(settings: SecureRequestEnv, proto: string | undefined): boolean {
  for (const key of KEYS) {
    if (settings[key] === undefined) delete env[key];
    else env[key] = settings[key];
  }
  const origin = detectOrigin("money.local", proto);
  return (origin ?? "http://localhost:3000").startsWith("https://");
}

describe("Secure cookies follow the request's scheme as next-auth sees it", () => {
  const envs: SecureRequestEnv[] = [
    {}, { AUTH_TRUST_HOST: "true" }, { AUTH_TRUST_HOST: "" }, { VERCEL: "1" },
    { NEXTAUTH_URL: "https://money.example.org" }, { NEXTAUTH_URL: "http://127.0.0.1:3000" },
    { NEXTAUTH_URL: "http://127.0.0.1:3000", AUTH_TRUST_HOST: "true" }, { NEXTAUTH_URL: "https://money.example.org", AUTH_TRUST_HOST: "true" },
  ];
  const protos = [undefined, "http", "https", "https,http", "HTTP"];

  it("agrees with next-auth's own decision for every setting and forwarded scheme", () => {
    for (const env of envs) {
      for (const proto of protos) {
        expect({ env, proto, isSecure: isSecureRequest(h(proto), env) }).toEqual({ env, proto, isSecure: nextAuthIsSecure(env, proto) });
      }
    }
  });

  it("behind a trusted proxy (the start script's AUTH_TRUST_HOST), X-Forwarded-Proto decides", () => {
    const trusted = { AUTH_TRUST_HOST: "true" };
    expect(isSecureRequest(h("https"), trusted)).toBe(true);
    expect(isSecureRequest(h("http"), trusted)).toBe(false);
    // A pinned public URL wins over whatever a client forwards.
    expect(isSecureRequest(h("https"), { NEXTAUTH_URL: "http://127.0.0.1:3000" })).toBe(false);
    expect(isSecureRequest(h("http"), { NEXTAUTH_URL: "https://money.example.org" })).toBe(true);
  });

  it("the household cookie keeps httpOnly and SameSite=Lax, and is Secure exactly when the session cookie is", () => {
    const https = householdCookieOptions(h("https"), { AUTH_TRUST_HOST: "true" });
    expect(https).toEqual({ httpOnly: true, sameSite: "lax", secure: true, path: "/", maxAge: 365 * 24 * 3600 });
    expect(householdCookieOptions(h("http"), { AUTH_TRUST_HOST: "true" }).secure).toBe(false);
    expect(householdCookieOptions(h("https"), { NEXTAUTH_URL: "https://money.example.org" }).secure).toBe(true);
    expect(householdCookieOptions(h(), {}).secure).toBe(false);
    expect(householdCookieOptions(h("http"), {}).httpOnly).toBe(true);
  });

  it("names the session cookie as next-auth does for each scheme", () => {
    expect(sessionCookieName(true)).toBe("__Secure-next-auth.session-token");
    expect(sessionCookieName(false)).toBe("next-auth.session-token");
  });
});
