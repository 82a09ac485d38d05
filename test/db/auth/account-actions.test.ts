/**
 * The settings page's password action and the household switch, run as Next runs them: the request's headers and
 * cookie jar (next/headers) and the session (next-auth) are stand-ins for the framework, everything of ours is real.
 * Checks the cookies they set: the renewed session cookie after a password change, and the household cookie's flags.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { decode } from "next-auth/jwt";
import type { Session } from "next-auth";

interface SetCookie { name: string; value: string; options: Record<string, unknown> }
const request = vi.hoisted(() => ({
  headers: new Headers(),
  cookies: new Map<string, string>(),
  set: [] as { name: string; value: string; options: Record<string, unknown> }[],
  deleted: [] as string[],
  userId: null as string | null,
}));

vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
    set: (name: string, value: string, options: Record<string, unknown>) => { request.set.push({ name, value, options }); },
    delete: (name: string) => { request.deleted.push(name); },
  }),
}));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => (request.userId ? { userId: request.userId } : null),
}));

const { useTestDb } = await import("../../helpers/db");
const { newHousehold, memberOf } = await import("../app/households");
const { changePasswordAction } = await import("../../../app/(app)/settings/password-actions");
const { switchHouseholdAction } = await import("../../../app/(app)/household/actions");
const { authOptions } = await import("../../../lib/auth/options");
const { authSecret } = await import("../../../lib/auth/secret");
const { authenticate } = await import("../../../lib/auth/authenticate");
const { HOUSEHOLD_COOKIE } = await import("../../../lib/http/session");
const { addMember } = await import("../../../lib/households/members");

const testDb = useTestDb();

const ENV_KEYS = ["NEXTAUTH_URL", "AUTH_TRUST_HOST"] as const;
const savedEnv = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]));

beforeEach(() => {
  request.cookies.clear();
  request.set.length = 0;
  request.deleted.length = 0;
  delete process.env.NEXTAUTH_URL;
  process.env.AUTH_TRUST_HOST = "true";
});
afterEach(() => {
  for (const key of ENV_KEYS) {
    if (savedEnv[key] === undefined) delete process.env[key];
    else process.env[key] = savedEnv[key];
  }
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

async function sessionUserOf(cookie: SetCookie): Promise<unknown> {
  const token = await decode({ token: cookie.value, secret: authSecret() });
  const result = await authOptions().callbacks!.session!({ session: { expires: "2099-01-01T00:00:00Z" } as Session, token: token!, user: undefined as never, newSession: undefined, trigger: "update" } as never);
  return (result as { userId?: unknown }).userId;
}

const CHANGE = { currentPassword: "password-1234", newPassword: "a-new-password-5678", confirmPassword: "a-new-password-5678" };

describe("changePasswordAction", () => {
  it("behind an HTTPS proxy: changes the password and hands this device a renewed __Secure- session cookie", async () => {
    const owner = await newHousehold("Action");
    request.userId = owner.userId;
    request.headers = new Headers({ host: "money.example.org", origin: "https://money.example.org", "x-forwarded-proto": "https" });
    request.cookies.set("__Secure-next-auth.session-token.0", "stale-chunk");
    const state = await changePasswordAction({}, form(CHANGE));
    expect(state).toMatchObject({ notice: "Password changed. Every other session is signed out." });
    expect(request.set).toHaveLength(1);
    const cookie = request.set[0]!;
    expect(cookie.name).toBe("__Secure-next-auth.session-token");
    expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", secure: true });
    expect((cookie.options.expires as Date).getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3600_000);
    expect(request.deleted).toEqual(["__Secure-next-auth.session-token.0"]);
    expect(await sessionUserOf(cookie)).toBe(owner.userId);
    await expect(authenticate({ email: owner.email, password: CHANGE.newPassword, ip: null })).resolves.toMatchObject({ id: owner.userId });
  });

  it("over plain HTTP: the unprefixed cookie, not Secure", async () => {
    const owner = await newHousehold("Plain");
    request.userId = owner.userId;
    request.headers = new Headers({ host: "127.0.0.1:3000", "x-forwarded-proto": "http" });
    await changePasswordAction({}, form(CHANGE));
    expect(request.set.map((c) => [c.name, c.options.secure])).toEqual([["next-auth.session-token", false]]);
  });

  it("shows the field at fault, echoes no password, sets no cookie, changes nothing", async () => {
    const owner = await newHousehold("Errors");
    request.userId = owner.userId;
    request.headers = new Headers({ host: "127.0.0.1:3000" });
    const wrong = await changePasswordAction({}, form({ ...CHANGE, currentPassword: "not-the-password" }));
    expect(wrong.fieldErrors).toEqual({ currentPassword: "The current password is not right." });
    expect(JSON.stringify(wrong)).not.toContain("a-new-password-5678");
    expect((await changePasswordAction({}, form({ ...CHANGE, confirmPassword: "something-else-99" }))).fieldErrors).toEqual({ confirmPassword: "The passwords do not match." });
    expect((await changePasswordAction({}, form({ ...CHANGE, newPassword: "short", confirmPassword: "short" }))).fieldErrors).toEqual({ newPassword: "Use at least 10 characters." });
    expect(request.set).toHaveLength(0);
    await expect(authenticate({ email: owner.email, password: "password-1234", ip: null })).resolves.toMatchObject({ id: owner.userId });
  });

  it("says how long to wait once wrong current passwords lock the account", async () => {
    const owner = await newHousehold("Locked");
    request.userId = owner.userId;
    request.headers = new Headers({ host: "127.0.0.1:3000" });
    let state = {};
    for (let i = 0; i < 5; i++) state = await changePasswordAction({}, form({ ...CHANGE, currentPassword: `guess-${i}-guess` }));
    expect(state).toMatchObject({ error: expect.stringMatching(/^Too many failed attempts\. Try again in \d+ seconds\.$/) });
    expect(request.set).toHaveLength(0);
  });

  it("refuses a cross-site request (changes nothing)", async () => {
    const owner = await newHousehold("Cross-site");
    request.userId = owner.userId;
    request.headers = new Headers({ host: "127.0.0.1:3000", origin: "https://evil.example" });
    expect(await changePasswordAction({}, form(CHANGE))).toMatchObject({ error: "This request came from another site and was refused." });
    expect(request.set).toHaveLength(0);
    await expect(authenticate({ email: owner.email, password: "password-1234", ip: null })).resolves.toMatchObject({ id: owner.userId });
  });
});

describe("switchHouseholdAction's cookie", () => {
  async function switchTo(householdId: string): Promise<SetCookie> {
    await switchHouseholdAction(form({ householdId })).catch((error: unknown) => {
      if (!String((error as { digest?: string }).digest).startsWith("NEXT_REDIRECT")) throw error;
    });
    const cookie = request.set.find((c) => c.name === HOUSEHOLD_COOKIE);
    expect(cookie).toBeDefined();
    return cookie!;
  }

  it("is httpOnly, SameSite=Lax, and Secure exactly when the request is HTTPS", async () => {
    const owner = await newHousehold("First home");
    const second = await newHousehold("Second home");
    const member = await memberOf(second, "member");
    const memberEmail = (await testDb.prisma.user.findUniqueOrThrow({ where: { id: member.userId } })).email;
    await addMember(owner, { email: memberEmail, role: "viewer" });
    const stranger = await newHousehold("Not theirs");
    request.userId = member.userId;

    request.headers = new Headers({ host: "money.example.org", "x-forwarded-proto": "https" });
    const overHttps = await switchTo(second.householdId);
    expect(overHttps.value).toBe(second.householdId);
    expect(overHttps.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: true, path: "/" });

    request.set.length = 0;
    request.headers = new Headers({ host: "127.0.0.1:3000", "x-forwarded-proto": "http" });
    expect((await switchTo(second.householdId)).options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: false });

    request.set.length = 0;
    process.env.NEXTAUTH_URL = "https://money.example.org";
    expect((await switchTo(owner.householdId)).value).toBe(owner.householdId);
    expect(request.set[0]!.options.secure).toBe(true);

    // Only to a household they belong to: no cookie for another one.
    request.set.length = 0;
    await expect(switchHouseholdAction(form({ householdId: stranger.householdId }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(request.set).toHaveLength(0);
  });
});
