import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { newHousehold } from "./households";
import { authenticate } from "../../../lib/auth/authenticate";
import { POLICIES } from "../../../lib/auth/throttle-policy";

const testDb = useTestDb();
const PASSWORD = "password-1234";
const outcome = (promise: Promise<unknown>) =>
  promise.then(() => "OK", (error: { code?: string; details?: { retryAfterSeconds?: number } }) => error.code ?? String(error));

describe("sign-in throttling", () => {
  it("locks an email after 5 failures, even for the right password, then backs off exponentially", async () => {
    const { email } = await newHousehold();
    const t0 = new Date("2026-01-01T10:00:00Z");
    for (let i = 0; i < 4; i++) expect(await outcome(authenticate({ email, password: "wrong", ip: null }, t0))).toBe("UNAUTHENTICATED");
    expect(await outcome(authenticate({ email, password: "wrong", ip: null }, t0))).toBe("RATE_LIMITED");
    // Locked: the right password does not get in either, and the answer says for how long.
    const locked = await authenticate({ email, password: PASSWORD, ip: null }, new Date(t0.getTime() + 10_000)).catch((e) => e);
    expect(locked.code).toBe("RATE_LIMITED");
    expect(locked.details.retryAfterSeconds).toBe(20);
    expect(locked.userMessage).toMatch(/Try again in 20 seconds/);

    // After the first lock (30 s) one more failure locks for 60 s.
    const t1 = new Date(t0.getTime() + 31_000);
    const second = await authenticate({ email, password: "wrong", ip: null }, t1).catch((e) => e);
    expect(second.code).toBe("RATE_LIMITED");
    expect(second.details.retryAfterSeconds).toBe(60);

    // Once the lock expires the right password works and clears the count.
    const t2 = new Date(t1.getTime() + 61_000);
    expect(await outcome(authenticate({ email, password: PASSWORD, ip: null }, t2))).toBe("OK");
    const row = await testDb.prisma.loginThrottle.findUnique({ where: { key: `email:${email}` } });
    expect(row).toBeNull();
    expect(await outcome(authenticate({ email, password: "wrong", ip: null }, t2))).toBe("UNAUTHENTICATED");
  });

  it("throttles unknown emails the same way (no hint about which emails exist)", async () => {
    const now = new Date("2026-01-02T10:00:00Z");
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await outcome(authenticate({ email: "nobody@example.com", password: "x", ip: null }, now)));
    expect(results).toEqual(["UNAUTHENTICATED", "UNAUTHENTICATED", "UNAUTHENTICATED", "UNAUTHENTICATED", "RATE_LIMITED", "RATE_LIMITED"]);
  });

  it("locks a client IP that guesses across many emails", async () => {
    const { email } = await newHousehold();
    const now = new Date("2026-01-03T10:00:00Z");
    const ip = "203.0.113.7";
    for (let i = 0; i < POLICIES.ip.threshold - 1; i++) {
      expect(await outcome(authenticate({ email: `guess${i}@example.com`, password: "x", ip }, now))).toBe("UNAUTHENTICATED");
    }
    expect(await outcome(authenticate({ email: "one-more@example.com", password: "x", ip }, now))).toBe("RATE_LIMITED");
    // The real owner from that address is locked out for now, but not from another address.
    expect(await outcome(authenticate({ email, password: PASSWORD, ip }, now))).toBe("RATE_LIMITED");
    expect(await outcome(authenticate({ email, password: PASSWORD, ip: "198.51.100.1" }, now))).toBe("OK");
  });

  it("normalizes the email, so case and spaces do not dodge the count", async () => {
    const { email } = await newHousehold();
    const now = new Date("2026-01-04T10:00:00Z");
    const variants = [email, email.toUpperCase(), ` ${email} `, email, email];
    const results = [];
    for (const variant of variants) results.push(await outcome(authenticate({ email: variant, password: "bad", ip: null }, now)));
    expect(results.at(-1)).toBe("RATE_LIMITED");
    expect(await outcome(authenticate({ email: email.toUpperCase(), password: PASSWORD, ip: null }, now))).toBe("RATE_LIMITED");
  });
});
