import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gocardlessAggregator as adapter } from "../../../../lib/aggregators/api/gocardless";
import type { ApiConnection } from "../../../../lib/aggregators/types";
import { isAppError } from "../../../../lib/errors";
import { addDays, todayIso } from "../../../../lib/dates";
import { startGocardlessFake, type GocardlessFake } from "../../../fakes/gocardless";
import { runApiContract } from "./contract";

const today = todayIso();
const window = { since: addDays(today, -89), until: today };

async function connect(fake: GocardlessFake, institutionId = "SANDBOXFINANCE_SFIN0000"): Promise<ApiConnection> {
  const started = await adapter.startAuthorization!({ secrets: { secretId: fake.secretId, secretKey: fake.secretKey }, settings: { baseUrl: fake.baseUrl, institutionId }, redirectUrl: "http://127.0.0.1:3000/connections/callback", state: "state-123" });
  const location = await fake.completeLink(started.authorizationUrl!);
  expect(location).toBe("http://127.0.0.1:3000/connections/callback?ref=state-123");
  return (await adapter.completeAuthorization!(started.connection, { ref: "state-123" })).connection;
}

runApiContract("GoCardless", async () => {
  const fake = await startGocardlessFake({ seed: 5 });
  return {
    adapter, window, accountId: fake.accounts[0]!.id, knownDebitId: fake.accounts[0]!.booked[0]!.transactionId!,
    connect: () => connect(fake),
    revokeAccess: () => fake.expireConsent(),
    failNext: (status) => fake.failNext(status),
    close: () => fake.close(),
  };
});

describe("GoCardless flow details", () => {
  let fake: GocardlessFake;
  beforeAll(async () => { fake = await startGocardlessFake({ seed: 9 }); });
  afterAll(async () => fake.close());

  it("lists institutions by country, with their history depth", async () => {
    const list = await adapter.institutions!({ secrets: { secretId: fake.secretId, secretKey: fake.secretKey }, settings: { baseUrl: fake.baseUrl } }, "fr");
    expect(list.map((i) => i.id)).toEqual(["SANDBOXFINANCE_SFIN0000", "FAKEBANK_FR_FKBKFRPP"]);
    expect(list[1]).toMatchObject({ bic: "FKBKFRPP", maxHistoryDays: 730, country: "FR" });
  });

  it("refuses to complete before the user finished at the bank", async () => {
    const started = await adapter.startAuthorization!({ secrets: { secretId: fake.secretId, secretKey: fake.secretKey }, settings: { baseUrl: fake.baseUrl, institutionId: "SANDBOXFINANCE_SFIN0000" }, redirectUrl: "http://x/cb", state: "s" });
    expect(started.authorizationUrl).toMatch(/\/link\//);
    expect(Date.parse(started.consentExpiresAt!)).toBeGreaterThan(Date.now() + 89 * 86_400_000);
    const error = await adapter.completeAuthorization!(started.connection, {}).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("INVALID_INPUT");
  });

  it("maps accounts: IBAN, currency, savings type, booked and available balances", async () => {
    const connection = await connect(fake);
    const accounts = await adapter.listAccounts(connection);
    expect(accounts).toHaveLength(2);
    expect(accounts[0]).toMatchObject({ iban: "FR7630006000011234567890189", currency: "EUR", type: "checking", name: "Compte chèques" });
    expect(accounts[1]?.type).toBe("savings");
    expect(accounts[0]?.balance?.amount).toBe(fake.accounts[0]!.balance);
    expect(accounts[0]?.balance?.date).toBe(addDays(today, -1));
  });

  it("returns pending rows without an id, and their booked version later under a new id", async () => {
    const connection = await connect(fake);
    const accountId = fake.accounts[0]!.id;
    const before = await adapter.fetchTransactions(connection, accountId, window);
    const pending = before.transactions.filter((t) => t.pending);
    expect(pending).toEqual([expect.objectContaining({ externalId: null, amount: "-23.40", payee: "BOULANGERIE PAUL", date: today })]);
    const bookedId = fake.bookPending();
    const after = await adapter.fetchTransactions(connection, accountId, window);
    expect(after.transactions.filter((t) => t.pending)).toHaveLength(0);
    expect(after.transactions.find((t) => t.externalId === bookedId)).toMatchObject({ amount: "-23.40", pending: false });
  });

  it("mints a new access token once when the stored one is refused", async () => {
    const connection = await connect(fake);
    const oldAccess = connection.secrets.access;
    fake.expireAccessTokens();
    const accounts = await adapter.listAccounts(connection);
    expect(accounts).toHaveLength(2);
    expect(connection.secrets.access).not.toBe(oldAccess);
  });

  it("maps wrong secrets to LOGIN_REQUIRED and a 429 to RATE_LIMITED with the reset time", async () => {
    const bad = await adapter.institutions!({ secrets: { secretId: "x", secretKey: "y" }, settings: { baseUrl: fake.baseUrl } }, "FR").catch((e: unknown) => e);
    expect(isAppError(bad) && bad.code).toBe("LOGIN_REQUIRED");
    const connection = await connect(fake);
    fake.failNext(429);
    const limited = await adapter.fetchTransactions(connection, fake.accounts[0]!.id, window).catch((e: unknown) => e);
    expect(isAppError(limited) && limited.code).toBe("RATE_LIMITED");
    expect(isAppError(limited) && limited.details).toMatchObject({ rateLimit: { remaining: 0, resetSeconds: 3600 } });
  });

  it("maps an expired end-user agreement to CONSENT_EXPIRED", async () => {
    const connection = await connect(fake);
    fake.expireConsent();
    const error = await adapter.fetchTransactions(connection, fake.accounts[0]!.id, window).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("CONSENT_EXPIRED");
  });
});

describe("provider addresses", () => {
  it("refuse plain http outside this machine, so credentials never travel unencrypted", async () => {
    const error = await adapter.institutions!({ secrets: { secretId: "a", secretKey: "b" }, settings: { baseUrl: "http://bank-data.example/api/v2" } }, "FR").catch((e: unknown) => e);
    expect(isAppError(error) && error.code === "INVALID_INPUT" && /https/.test(error.userMessage)).toBe(true);
  });
});
