import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { simplefinAggregator as adapter, DAILY_QUOTA, decodeSetupToken } from "../../../../lib/aggregators/api/simplefin";
import type { ApiConnection } from "../../../../lib/aggregators/types";
import { isAppError } from "../../../../lib/errors";
import { addDays, todayIso } from "../../../../lib/dates";
import { startSimplefinFake, type SimplefinFake } from "../../../fakes/simplefin";
import { runApiContract } from "./contract";

const today = todayIso();
const window = { since: addDays(today, -170), until: today };

async function connect(fake: SimplefinFake): Promise<ApiConnection> {
  const result = await adapter.startAuthorization!({ secrets: { setupToken: fake.createSetupToken() }, settings: {}, redirectUrl: "", state: "" });
  return result.connection;
}

runApiContract("SimpleFIN", async () => {
  const fake = await startSimplefinFake({ seed: 7 });
  return {
    adapter, window, accountId: "ACT-CHK", knownDebitId: "ACT-CHK-T10",
    connect: () => connect(fake),
    revokeAccess: () => fake.revokeAccess(),
    failNext: (status) => fake.failNext(status),
    close: () => fake.close(),
  };
});

describe("SimpleFIN protocol details", () => {
  let fake: SimplefinFake;
  beforeAll(async () => { fake = await startSimplefinFake({ seed: 3 }); });
  afterAll(async () => fake.close());

  it("claims a setup token once; a second claim is refused with a warning about compromise", async () => {
    const token = fake.createSetupToken();
    const first = await adapter.startAuthorization!({ secrets: { setupToken: token }, settings: {}, redirectUrl: "", state: "" });
    expect(first.connection.secrets.accessUrl).toMatch(/^http:\/\/fakeuser:pw3@127\.0\.0\.1:\d+\/simplefin$/);
    expect(first.authorizationUrl).toBeNull();
    const error = await adapter.startAuthorization!({ secrets: { setupToken: token }, settings: {}, redirectUrl: "", state: "" }).catch((e: unknown) => e);
    expect(isAppError(error) && error.code === "LOGIN_REQUIRED" && /someone else/.test(error.userMessage)).toBe(true);
  });

  it("refuses a token that is not a claim URL, and plain http to a non-loopback host", () => {
    expect(() => decodeSetupToken("not base64 !!")).toThrow(/setup token/);
    expect(() => decodeSetupToken(Buffer.from("http://bridge.example/claim/x").toString("base64"))).toThrow(/https/);
  });

  it("chunks a long window into ≤ 60-day requests with an exclusive end and pending included", async () => {
    const connection = await connect(fake);
    fake.requests.length = 0;
    let cursor: string | null = null;
    const seen: string[] = [];
    do {
      const page = await adapter.fetchTransactions(connection, "ACT-CHK", { since: addDays(today, -170), until: today, cursor });
      seen.push(...page.transactions.map((t) => t.externalId!));
      cursor = page.nextCursor;
    } while (cursor);
    const calls = fake.requests.filter((r) => r.path.endsWith("/accounts"));
    expect(calls.length).toBe(3);
    for (const call of calls) {
      const span = (Number(call.query.get("end-date")) - Number(call.query.get("start-date"))) / 86_400;
      expect(span).toBeLessThanOrEqual(60);
      expect(call.query.get("pending")).toBe("1");
      expect(call.query.getAll("account")).toEqual(["ACT-CHK"]);
    }
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("reads a pending row (posted 0) on its transaction day, then its booked version under a new id", async () => {
    const connection = await connect(fake);
    const before = await adapter.fetchTransactions(connection, "ACT-CHK", { since: addDays(today, -5), until: today });
    const pending = before.transactions.find((t) => t.externalId === "ACT-CHK-PENDING");
    expect(pending).toMatchObject({ pending: true, amount: "-42.10", date: addDays(today, -1), payee: "Le Petit" });
    const bookedId = fake.bookPending("ACT-CHK-PENDING", "-45.10");
    const after = await adapter.fetchTransactions(connection, "ACT-CHK", { since: addDays(today, -5), until: today });
    expect(after.transactions.find((t) => t.externalId === "ACT-CHK-PENDING")).toBeUndefined();
    expect(after.transactions.find((t) => t.externalId === bookedId)).toMatchObject({ pending: false, amount: "-45.10" });
  });

  it("rounds a 3-decimal amount to the currency with a warning, and keeps non-USD currencies", async () => {
    const connection = await connect(fake);
    const page = await adapter.fetchTransactions(connection, "ACT-CHK", { since: addDays(today, -5), until: today });
    expect(page.transactions.find((t) => t.externalId === "ACT-CHK-FEE")?.amount).toBe("-0.12");
    expect(page.warnings.some((w) => /more decimals/.test(w.message))).toBe(true);
    const accounts = await adapter.listAccounts(connection);
    expect(accounts.find((a) => a.externalId === "ACT-EUR")?.currency).toBe("EUR");
    expect(accounts.find((a) => a.externalId === "ACT-CARD")?.type).toBe("card");
  });

  it("shows the Bridge's connection errors to the user and counts the daily quota", async () => {
    const connection = await connect(fake);
    fake.setConnectionError("Connection to Fake Credit Union may need attention");
    const page = await adapter.fetchTransactions(connection, "ACT-CHK", { since: addDays(today, -5), until: today });
    expect(page.warnings.map((w) => w.message)).toContain("Connection to Fake Credit Union may need attention");
    fake.setConnectionError(null);
    connection.secrets.quotaCount = String(DAILY_QUOTA);
    const error = await adapter.listAccounts(connection).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("RATE_LIMITED");
  });

  it("maps 402 payment required to LOGIN_REQUIRED", async () => {
    const connection = await connect(fake);
    fake.setPaymentRequired(true);
    const error = await adapter.listAccounts(connection).catch((e: unknown) => e);
    fake.setPaymentRequired(false);
    expect(isAppError(error) && error.code).toBe("LOGIN_REQUIRED");
  });
});
