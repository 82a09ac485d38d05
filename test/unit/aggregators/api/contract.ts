/**
 * The contract every partner-API adapter passes, run against its local fake: sign convention, ISO days,
 * stable external ids, pending flags, currencies, canonical balances, and the provider error codes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiAggregator, ApiConnection, FetchResult, FetchWindow } from "../../../../lib/aggregators/types";
import { isAppError } from "../../../../lib/errors";
import { isIsoDay } from "../../../../lib/dates";
import { normalizeCurrency } from "../../../../lib/money";

export interface ContractSetup {
  adapter: ApiAggregator;
  /** A usable, authorized connection against a fresh fake. */
  connect(): Promise<ApiConnection>;
  window: FetchWindow;
  /** An account id the fake holds, and one of its outflows' external ids. */
  accountId: string;
  knownDebitId: string;
  revokeAccess(): void;
  failNext(status: number): void;
  close(): Promise<void>;
}

const CANONICAL = /^-?\d+(\.\d+)?$/;

async function fetchAll(adapter: ApiAggregator, connection: ApiConnection, accountId: string, window: FetchWindow): Promise<FetchResult[]> {
  const pages: FetchResult[] = [];
  let cursor: string | null = null;
  do {
    const page: FetchResult = await adapter.fetchTransactions(connection, accountId, { ...window, cursor });
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor && pages.length < 100);
  return pages;
}

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(isAppError(error) ? error.code : error).toBe(code);
}

export function runApiContract(name: string, createSetup: () => Promise<ContractSetup>): void {
  describe(`${name} adapter contract`, () => {
    let setup: ContractSetup;
    let connection: ApiConnection;
    beforeAll(async () => {
      setup = await createSetup();
      connection = await setup.connect();
    });
    afterAll(async () => setup?.close());

    it("lists accounts with ids, ISO currencies and canonical balances", async () => {
      const accounts = await setup.adapter.listAccounts(connection);
      expect(accounts.length).toBeGreaterThan(0);
      expect(accounts.map((a) => a.externalId)).toContain(setup.accountId);
      for (const account of accounts) {
        expect(account.externalId).toBeTruthy();
        if (account.currency !== null) expect(normalizeCurrency(account.currency)).toBe(account.currency);
        for (const balance of [account.balance, account.availableBalance]) {
          if (balance) expect(balance.amount).toMatch(CANONICAL);
          if (balance?.date) expect(isIsoDay(balance.date)).toBe(true);
        }
      }
    });

    it("returns transactions with ISO days, canonical signed amounts, boolean pending flags and stable ids", async () => {
      const first = (await fetchAll(setup.adapter, connection, setup.accountId, setup.window)).flatMap((p) => p.transactions);
      const second = (await fetchAll(setup.adapter, connection, setup.accountId, setup.window)).flatMap((p) => p.transactions);
      expect(first.length).toBeGreaterThan(0);
      for (const tx of first) {
        expect(isIsoDay(tx.date)).toBe(true);
        expect(tx.amount).toMatch(CANONICAL);
        expect(typeof tx.pending).toBe("boolean");
        expect(tx.label.length).toBeGreaterThan(0);
        if (tx.currency !== null) expect(normalizeCurrency(tx.currency)).toBe(tx.currency);
        expect(tx.date >= setup.window.since && tx.date <= setup.window.until).toBe(true);
      }
      const ids = (list: typeof first) => [...new Set(list.filter((t) => !t.pending).map((t) => t.externalId))].sort();
      expect(ids(second)).toEqual(ids(first));
      // Ids are unique within one answer; pages may overlap (some banks repeat an entry), which the sync engine dedups.
      for (const page of await fetchAll(setup.adapter, connection, setup.accountId, setup.window)) {
        const booked = page.transactions.filter((t) => !t.pending).map((t) => t.externalId);
        expect(new Set(booked).size).toBe(booked.length);
      }
      const debit = first.find((t) => t.externalId === setup.knownDebitId);
      expect(debit?.amount.startsWith("-")).toBe(true);
    });

    it("maps a server error to PROVIDER_DOWN and a rate limit to RATE_LIMITED", async () => {
      setup.failNext(503);
      await expectCode(setup.adapter.fetchTransactions(connection, setup.accountId, setup.window), "PROVIDER_DOWN");
      setup.failNext(429);
      await expectCode(setup.adapter.fetchTransactions(connection, setup.accountId, setup.window), "RATE_LIMITED");
    });

    it("maps revoked access to LOGIN_REQUIRED or CONSENT_EXPIRED", async () => {
      setup.revokeAccess();
      const error = await setup.adapter.listAccounts(connection).then(() => null, (e: unknown) => e);
      expect(isAppError(error) && ["LOGIN_REQUIRED", "CONSENT_EXPIRED"].includes(error.code)).toBe(true);
    });
  });
}
