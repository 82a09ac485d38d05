/**
 * One harness per provider: the real adapter against its local fake, driven through lib/connections exactly as
 * the UI and CLI drive it (create → institutions → authorize → the fake plays the bank → callback → complete).
 */
import crypto from "node:crypto";
import { expect } from "vitest";
import { isAppError } from "../../../lib/errors";
import type { HouseholdContext } from "../../../lib/auth/guard";
import { completeAuthorization, createConnection, listInstitutions, paramsOfCallbackUrl, startAuthorization } from "../../../lib/connections";
import { startSimplefinFake } from "../../fakes/simplefin";
import { startGocardlessFake } from "../../fakes/gocardless";
import { startEnablebankingFake } from "../../fakes/enablebanking";

// Secrets sealed with a per-run key, never a key file in the repository's data directory.
process.env.TIRELIRE_SECRET ??= crypto.randomBytes(32).toString("base64");

export const REDIRECT_URL = "http://127.0.0.1:3999/api/connections/callback";

export interface Harness {
  provider: "simplefin" | "gocardless" | "enablebanking";
  /** Creates and fully authorizes a connection; returns its id. */
  connect(ctx: HouseholdContext): Promise<string>;
  /** Strings that must never appear in the stored secrets column. */
  plainSecrets(): string[];
  /** The pending row books (under a new id); returns the booked row's amount as the pipeline stores it. */
  bookPending(): { amount: string };
  failNext(status: number, count?: number): void;
  expireConsent(): void;
  /** Whether re-authorizing works with the stored credentials (redirect providers). */
  canReauthorize: boolean;
  reauthorize(ctx: HouseholdContext, connectionId: string): Promise<void>;
  close(): Promise<void>;
}

async function finishRedirect(ctx: HouseholdContext, connectionId: string, authorizationUrl: string | null, playBank: (url: string) => Promise<string>): Promise<void> {
  expect(authorizationUrl).toBeTruthy();
  const location = await playBank(authorizationUrl!);
  expect(location.startsWith(REDIRECT_URL)).toBe(true);
  const view = await completeAuthorization(ctx, paramsOfCallbackUrl(location));
  expect(view.id).toBe(connectionId);
  expect(view.status).toBe("active");
  // The state is single-use: the same callback a second time is refused.
  const replay = await completeAuthorization(ctx, paramsOfCallbackUrl(location)).catch((e: unknown) => e);
  expect(isAppError(replay) && replay.code).toBe("INVALID_INPUT");
}

export async function simplefinHarness(seed = 11): Promise<Harness> {
  const fake = await startSimplefinFake({ seed });
  const tokens: string[] = [];
  return {
    provider: "simplefin",
    async connect(ctx) {
      const setupToken = fake.createSetupToken();
      tokens.push(setupToken);
      const created = await createConnection(ctx, { provider: "simplefin", secrets: { setupToken } });
      const started = await startAuthorization(ctx, created.id, { redirectUrl: REDIRECT_URL });
      expect(started.authorizationUrl).toBeNull();
      expect(started.connection.status).toBe("active");
      return created.id;
    },
    plainSecrets: () => [...tokens, `pw${seed}`, "fakeuser"],
    bookPending() {
      const pending = fake.accounts[0]!.transactions.find((t) => t.pending)!;
      fake.bookPending(pending.id);
      return { amount: pending.amount };
    },
    failNext: (status, count) => fake.failNext(status, count),
    expireConsent: () => fake.revokeAccess(),
    canReauthorize: false,
    reauthorize: async () => { throw new Error("SimpleFIN re-authorizes with a new setup token"); },
    close: () => fake.close(),
  };
}

export async function gocardlessHarness(seed = 12): Promise<Harness> {
  const fake = await startGocardlessFake({ seed });
  const authorize = async (ctx: HouseholdContext, id: string) => {
    const started = await startAuthorization(ctx, id, { redirectUrl: REDIRECT_URL, institutionId: "SANDBOXFINANCE_SFIN0000" });
    await finishRedirect(ctx, id, started.authorizationUrl, (url) => fake.completeLink(url));
  };
  return {
    provider: "gocardless",
    async connect(ctx) {
      const created = await createConnection(ctx, { provider: "gocardless", secrets: { secretId: fake.secretId, secretKey: fake.secretKey }, settings: { baseUrl: fake.baseUrl, country: "FR" } });
      const banks = await listInstitutions(ctx, created.id, "FR");
      expect(banks.map((b) => b.id)).toContain("SANDBOXFINANCE_SFIN0000");
      await authorize(ctx, created.id);
      return created.id;
    },
    plainSecrets: () => [fake.secretKey],
    bookPending() {
      const pending = fake.accounts[0]!.pending[0]!;
      fake.bookPending(0);
      return { amount: pending.transactionAmount.amount };
    },
    failNext: (status, count) => fake.failNext(status, count),
    expireConsent: () => fake.expireConsent(),
    // The fake keeps answering EX for every requisition once consent expired: re-authorization cannot be completed there.
    canReauthorize: false,
    reauthorize: authorize,
    close: () => fake.close(),
  };
}

export async function enablebankingHarness(seed = 13): Promise<Harness> {
  const fake = await startEnablebankingFake({ seed });
  const authorize = async (ctx: HouseholdContext, id: string) => {
    const started = await startAuthorization(ctx, id, { redirectUrl: REDIRECT_URL, institutionId: "FI:Mock ASPSP" });
    await finishRedirect(ctx, id, started.authorizationUrl, (url) => fake.authorize(url));
  };
  return {
    provider: "enablebanking",
    async connect(ctx) {
      const created = await createConnection(ctx, { provider: "enablebanking", secrets: { applicationId: fake.applicationId, privateKey: fake.privateKeyPem }, settings: { baseUrl: fake.baseUrl } });
      const banks = await listInstitutions(ctx, created.id, "FI");
      expect(banks.map((b) => b.id)).toContain("FI:Mock ASPSP");
      await authorize(ctx, created.id);
      return created.id;
    },
    // The key's base64 body (a line of it is enough to prove it is not stored in clear).
    plainSecrets: () => [fake.privateKeyPem.split("\n")[1]!, "PRIVATE KEY"],
    bookPending() {
      const pending = fake.accounts[0]!.transactions.find((t) => t.status === "PDNG")!;
      const amount = `-${pending.transaction_amount.amount}`;
      fake.bookPending();
      return { amount };
    },
    failNext: (status, count) => fake.failNext(status, count),
    expireConsent: () => fake.expireSessions(),
    canReauthorize: true,
    reauthorize: authorize,
    close: () => fake.close(),
  };
}
