import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enablebankingAggregator as adapter } from "../../../../lib/aggregators/api/enablebanking";
import { signApplicationJwt } from "../../../../lib/aggregators/api/enablebanking/client";
import type { ApiConnection } from "../../../../lib/aggregators/types";
import { isAppError } from "../../../../lib/errors";
import { addDays, todayIso } from "../../../../lib/dates";
import { startEnablebankingFake, type EnablebankingFake } from "../../../fakes/enablebanking";
import { runApiContract } from "./contract";

const today = todayIso();
const window = { since: addDays(today, -130), until: today };

async function connect(fake: EnablebankingFake): Promise<ApiConnection> {
  const started = await adapter.startAuthorization!({ secrets: { applicationId: fake.applicationId, privateKey: fake.privateKeyPem }, settings: { baseUrl: fake.baseUrl, institutionId: "FI:Mock ASPSP" }, redirectUrl: "http://127.0.0.1:3000/connections/callback", state: "st-1" });
  const back = new URL(await fake.authorize(started.authorizationUrl!));
  expect(back.searchParams.get("state")).toBe("st-1");
  return (await adapter.completeAuthorization!(started.connection, Object.fromEntries(back.searchParams))).connection;
}

runApiContract("Enable Banking", async () => {
  const fake = await startEnablebankingFake({ seed: 4 });
  return {
    adapter, window, accountId: fake.accounts[0]!.uid, knownDebitId: fake.accounts[0]!.transactions[3]!.entry_reference,
    connect: () => connect(fake),
    revokeAccess: () => fake.expireSessions(),
    failNext: (status) => fake.failNext(status),
    close: () => fake.close(),
  };
});

describe("Enable Banking flow details", () => {
  let fake: EnablebankingFake;
  beforeAll(async () => { fake = await startEnablebankingFake({ seed: 8 }); });
  afterAll(async () => fake.close());

  it("signs an RS256 application JWT the server accepts, and a wrong key is refused", async () => {
    const token = signApplicationJwt(fake.applicationId, fake.privateKeyPem, 1_700_000_000);
    const [header, payload] = token.split(".").slice(0, 2).map((p) => JSON.parse(Buffer.from(p, "base64url").toString()) as Record<string, unknown>);
    expect(header).toMatchObject({ alg: "RS256", kid: fake.applicationId });
    expect(payload).toMatchObject({ aud: "api.enablebanking.com", iss: "enablebanking.com", iat: 1_700_000_000, exp: 1_700_003_600 });
    const other = await startEnablebankingFake({ seed: 1 });
    const error = await adapter.institutions!({ secrets: { applicationId: fake.applicationId, privateKey: other.privateKeyPem }, settings: { baseUrl: fake.baseUrl } }, "FI").catch((e: unknown) => e);
    await other.close();
    expect(isAppError(error) && error.code).toBe("LOGIN_REQUIRED");
  });

  it("lists ASPSPs of a country and maps the accounts of an authorized session", async () => {
    const banks = await adapter.institutions!({ secrets: { applicationId: fake.applicationId, privateKey: fake.privateKeyPem }, settings: { baseUrl: fake.baseUrl } }, "fi");
    expect(banks.map((b) => b.id)).toEqual(["FI:Nordea", "FI:Mock ASPSP"]);
    const connection = await connect(fake);
    const accounts = await adapter.listAccounts(connection);
    expect(accounts.map((a) => [a.iban, a.type])).toEqual([["FI2112345600000785", "checking"], ["FI5542345670000081", "savings"]]);
    expect(accounts[0]?.balance).toEqual({ amount: fake.accounts[0]!.balance, date: addDays(today, -1) });
  });

  it("follows continuation keys; overlapping pages repeat an entry that the caller can dedup by id", async () => {
    const connection = await connect(fake);
    const all: string[] = [];
    let cursor: string | null = null, pages = 0;
    do {
      const page = await adapter.fetchTransactions(connection, fake.accounts[0]!.uid, { ...window, cursor });
      all.push(...page.transactions.map((t) => t.externalId!));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBeGreaterThan(1);
    expect(all.length).toBeGreaterThan(new Set(all).size);
    expect(new Set(all).size).toBe(fake.accounts[0]!.transactions.length);
  });

  it("signs debits from the DBIT indicator and marks PDNG rows pending", async () => {
    const connection = await connect(fake);
    const page = await adapter.fetchTransactions(connection, fake.accounts[0]!.uid, { since: addDays(today, -3), until: today });
    expect(page.transactions.find((t) => t.externalId === "EB-PENDING-1")).toMatchObject({ amount: "-12.90", pending: true, payee: "K-MARKET" });
  });

  it("asks for re-authorization when the session expired, and reports an authorization the user refused", async () => {
    const connection = await connect(fake);
    const refused = await adapter.completeAuthorization!(connection, { error: "access_denied" }).catch((e: unknown) => e);
    expect(isAppError(refused) && refused.code).toBe("LOGIN_REQUIRED");
    fake.expireSessions();
    const error = await adapter.listAccounts(connection).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("CONSENT_EXPIRED");
  });
});
