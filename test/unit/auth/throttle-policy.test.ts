import { describe, expect, it } from "vitest";
import { afterFailure, kindOfKey, POLICIES, remainingLockMs, throttleKey, type ThrottleState } from "../../../lib/auth/throttle-policy";
import { can } from "../../../lib/auth/roles";

const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms);

function failTimes(count: number, policy = POLICIES.email, start: ThrottleState | null = null, now = at(0)): ThrottleState | null {
  let state = start;
  for (let i = 0; i < count; i++) state = afterFailure(state, policy, now);
  return state;
}

describe("throttle policy", () => {
  it("lets 4 failures pass, locks at the 5th for 30 s, then doubles up to the 1 h cap", () => {
    expect(remainingLockMs(failTimes(4), at(0))).toBe(0);
    expect(remainingLockMs(failTimes(5), at(0))).toBe(30_000);
    expect(remainingLockMs(failTimes(6), at(0))).toBe(60_000);
    expect(remainingLockMs(failTimes(8), at(0))).toBe(240_000);
    expect(remainingLockMs(failTimes(20), at(0))).toBe(3_600_000);
    expect(remainingLockMs(failTimes(500), at(0))).toBe(3_600_000);
  });

  it("counts the lock down and frees the key when it ends", () => {
    const locked = failTimes(5)!;
    expect(remainingLockMs(locked, at(10_000))).toBe(20_000);
    expect(remainingLockMs(locked, at(30_000))).toBe(0);
  });

  it("forgets failures after a quiet hour, but never while locked", () => {
    const four = failTimes(4)!;
    expect(afterFailure(four, POLICIES.email, at(3_600_001)).failures).toBe(1);
    expect(afterFailure(four, POLICIES.email, at(60_000)).failures).toBe(5);
    const capped = failTimes(30)!; // locked for 1 h from t=0
    expect(afterFailure(capped, POLICIES.email, at(3_599_000)).failures).toBe(31);
  });

  it("gives IPs a higher threshold than emails", () => {
    expect(remainingLockMs(failTimes(19, POLICIES.ip), at(0))).toBe(0);
    expect(remainingLockMs(failTimes(20, POLICIES.ip), at(0))).toBe(30_000);
  });

  it("normalizes keys and tells their kind", () => {
    expect(throttleKey("email", " Ana@Example.COM ")).toBe("email:ana@example.com");
    expect(kindOfKey(throttleKey("ip", "::1"))).toBe("ip");
    expect(kindOfKey("email:x@y.z")).toBe("email");
  });
});

describe("roles", () => {
  it("grants read to everyone, write to owners and members, manage to owners only", () => {
    expect([can("owner", "manage"), can("owner", "write"), can("owner", "read")]).toEqual([true, true, true]);
    expect([can("member", "manage"), can("member", "write"), can("member", "read")]).toEqual([false, true, true]);
    expect([can("viewer", "manage"), can("viewer", "write"), can("viewer", "read")]).toEqual([false, false, true]);
  });
});
