import { describe, expect, it } from "vitest";
import { windowFor, historyDaysOf, OVERLAP_DAYS } from "../../../lib/sync/window";
import { dedupById } from "../../../lib/sync/dedup";
import { outcomeOfFailure, DEFAULT_RATE_LIMIT_PAUSE_MS } from "../../../lib/sync/errors";
import { isDue, jitterMs } from "../../../lib/sync/due";
import { planAutoMapping } from "../../../lib/connections/mapping-plan";
import { assertStateValid, connectionIdOfState, issueState, stateOfCallback } from "../../../lib/connections/auth-state";
import { AppError, isAppError } from "../../../lib/errors";
import type { ApiAccount, NormalizedTransaction } from "../../../lib/aggregators/types";

const tx = (externalId: string | null, pending = false, amount = "-1.00"): NormalizedTransaction => ({
  externalId, date: "2024-05-01", valueDate: null, amount, currency: "EUR", label: "X", payee: null, memo: null, pending, checkNumber: null,
});

describe("sync windows", () => {
  it("reads the provider's history first, then from a week before the last success", () => {
    expect(windowFor("2024-06-30", null, 90)).toEqual({ since: "2024-04-02", until: "2024-06-30" });
    expect(windowFor("2024-06-30", "2024-06-20", 90)).toEqual({ since: "2024-06-13", until: "2024-06-30" });
    expect(OVERLAP_DAYS).toBe(7);
    // A last success older than the history never widens the window past it.
    expect(windowFor("2024-06-30", "2023-01-01", 90).since).toBe("2024-04-02");
  });

  it("takes the provider's stated history, 90 days otherwise, capped", () => {
    expect(historyDaysOf({ maxHistoryDays: "730" })).toBe(730);
    expect(historyDaysOf({ maxHistoryDays: "5000" })).toBe(730);
    expect(historyDaysOf({})).toBe(90);
    expect(historyDaysOf({ maxHistoryDays: "abc" })).toBe(90);
  });
});

describe("dedup across pages", () => {
  it("keeps one row per provider id, the booked one over a pending one, and rows without ids", () => {
    const { rows, repeated } = dedupById([tx("A"), tx("B", true), tx("A"), tx("B", false), tx(null), tx(null)]);
    expect(repeated).toBe(2);
    expect(rows.map((r) => [r.externalId, r.pending])).toEqual([["A", false], ["B", false], [null, false], [null, false]]);
  });
});

describe("failure outcomes", () => {
  const now = new Date("2024-06-01T10:00:00Z");
  it("maps login and consent errors to re-authorization", () => {
    expect(outcomeOfFailure(new AppError("LOGIN_REQUIRED", "x"), now)).toEqual({ status: "reauth_required", retryAfter: null });
    expect(outcomeOfFailure(new AppError("CONSENT_EXPIRED", "x"), now).status).toBe("reauth_required");
    expect(outcomeOfFailure(new AppError("PROVIDER_DOWN", "x"), now)).toEqual({ status: "error", retryAfter: null });
  });

  it("pauses rate-limited connections until the provider's reset", () => {
    expect(outcomeOfFailure(new AppError("RATE_LIMITED", "x", { details: { retryAfter: "2024-06-02T00:00:00Z" } }), now).retryAfter?.toISOString()).toBe("2024-06-02T00:00:00.000Z");
    expect(outcomeOfFailure(new AppError("RATE_LIMITED", "x", { details: { rateLimit: { resetSeconds: 120 } } }), now).retryAfter?.toISOString()).toBe("2024-06-01T10:02:00.000Z");
    expect(outcomeOfFailure(new AppError("RATE_LIMITED", "x"), now).retryAfter?.getTime()).toBe(now.getTime() + DEFAULT_RATE_LIMIT_PAUSE_MS);
  });
});

describe("due connections", () => {
  const base = { id: "conn-1", status: "active", settings: JSON.stringify({ isMapped: "1" }), lastSyncAt: new Date("2024-06-01T00:00:00Z") };
  it("is due after its interval plus a stable jitter, never while paused, unmapped or waiting for the user", () => {
    const jitter = jitterMs("conn-1", 6 * 3_600_000);
    expect(jitter).toBe(jitterMs("conn-1", 6 * 3_600_000));
    expect(jitter).toBeLessThan(0.1 * 6 * 3_600_000);
    const at = (ms: number) => new Date(base.lastSyncAt.getTime() + ms);
    expect(isDue(base, at(6 * 3_600_000 + jitter - 1))).toBe(false);
    expect(isDue(base, at(6 * 3_600_000 + jitter))).toBe(true);
    expect(isDue({ ...base, lastSyncAt: null }, at(0))).toBe(true);
    expect(isDue({ ...base, status: "reauth_required" }, at(10 * 3_600_000))).toBe(false);
    expect(isDue({ ...base, status: "error" }, at(10 * 3_600_000))).toBe(true);
    expect(isDue({ ...base, settings: "{}" }, at(10 * 3_600_000))).toBe(false);
    expect(isDue({ ...base, settings: JSON.stringify({ isMapped: "1", retryAfter: at(11 * 3_600_000).toISOString() }) }, at(10 * 3_600_000))).toBe(false);
    expect(isDue({ ...base, settings: JSON.stringify({ isMapped: "1", syncIntervalHours: "24" }) }, at(10 * 3_600_000))).toBe(false);
  });
});

describe("automatic account mapping", () => {
  const provider = (externalId: string, iban: string | null): ApiAccount => ({
    externalId, iban, number: null, bankId: null, name: null, type: "checking", currency: "EUR", balance: null, availableBalance: null,
  });
  it("keeps links, matches free accounts by IBAN then external id, creates the rest, honours skipped ones", () => {
    const household = [
      { id: "a1", iban: "FR76 3000 6000 0112 3456 7890 189", externalId: null, connectionId: null },
      { id: "a2", iban: null, externalId: "P2", connectionId: "c1" },
      { id: "a3", iban: null, externalId: "P3", connectionId: null },
      { id: "a4", iban: "FR7630006000019876543210154", externalId: null, connectionId: "other" },
    ];
    const plan = planAutoMapping(
      [provider("P1", "FR7630006000011234567890189"), provider("P2", null), provider("P3", null), provider("P4", "FR7630006000019876543210154"), provider("P5", null)],
      household, "c1", new Set(["P5"]));
    expect(plan).toEqual([
      { externalId: "P1", target: { accountId: "a1" } },
      { externalId: "P2", target: { accountId: "a2" } },
      { externalId: "P3", target: { accountId: "a3" } },
      // Linked to another connection: never stolen.
      { externalId: "P4", target: "new" },
    ]);
  });
});

describe("authorization state", () => {
  it("names its connection, verifies in constant time against the stored hash, and reads GoCardless' ref", () => {
    const issued = issueState("cm1234567890abcdef");
    expect(connectionIdOfState(issued.state)).toBe("cm1234567890abcdef");
    expect(() => assertStateValid(issued.state, issued.hash)).not.toThrow();
    const other = issueState("cm1234567890abcdef");
    const error = (() => { try { assertStateValid(other.state, issued.hash); } catch (e) { return e; } return null; })();
    expect(isAppError(error) && error.code).toBe("INVALID_INPUT");
    expect(() => assertStateValid(issued.state, undefined)).toThrow();
    expect(() => connectionIdOfState("")).toThrow();
    expect(stateOfCallback({ ref: "x" })).toBe("x");
    expect(stateOfCallback({ state: "y", ref: "x" })).toBe("y");
  });
});
