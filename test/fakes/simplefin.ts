/**
 * A faithful local SimpleFIN server (protocol 1.0-draft + Bridge extensions, ../shared/reference/peers.md §3.4):
 * `/info`, one-shot `/claim/:token`, `/accounts` with Basic auth, `start-date` inclusive / `end-date` exclusive on
 * `posted` (on `transacted_at` for pending rows), `pending` by presence, `account=` filter, `balances-only=1`,
 * v1 `errors` and v2 `errlist`. Controls let a test book a pending row under a new id, revoke access, require
 * payment, or inject failures.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { centsToString, createRandom, MERCHANTS, pick } from "./seed";

interface FakeTx { id: string; posted: number; amount: string; description: string; transacted_at: number; pending?: boolean; payee?: string }
interface FakeAccount { id: string; name: string; currency: string; balance: string; "available-balance": string; "balance-date": number; org: { name: string; domain: string; "sfin-url": string }; conn_id: string; transactions: FakeTx[] }

const DAY = 86_400;

export interface SimplefinFake {
  baseUrl: string;
  /** A fresh one-shot setup token (base64 of the claim URL). */
  createSetupToken(): string;
  accounts: FakeAccount[];
  requests: { path: string; query: URLSearchParams }[];
  /** The pending row books: it disappears and reappears posted under a new id, with the amount given. */
  bookPending(pendingId: string, amount?: string): string;
  revokeAccess(): void;
  setPaymentRequired(required: boolean): void;
  /** The next `count` /accounts calls answer this status. */
  failNext(status: number, count?: number): void;
  setConnectionError(text: string | null): void;
  close(): Promise<void>;
}

function buildAccounts(seed: number, now: number): FakeAccount[] {
  const random = createRandom(seed);
  const org = { name: "Fake Credit Union", domain: "fakecu.example", "sfin-url": "https://fakecu.example/simplefin" };
  const specs = [
    { id: "ACT-CHK", name: "Everyday Checking", currency: "USD" },
    { id: "ACT-CARD", name: "Rewards Credit Card", currency: "USD" },
    { id: "ACT-EUR", name: "Compte Courant", currency: "EUR" },
  ];
  return specs.map((spec, index) => {
    const transactions: FakeTx[] = [];
    let totalCents = 0;
    for (let day = 180; day >= 1; day -= 1 + Math.floor(random() * 3)) {
      const cents = -Math.round(300 + random() * 9000);
      const posted = now - day * DAY;
      totalCents += cents;
      transactions.push({ id: `${spec.id}-T${transactions.length + 1}`, posted, transacted_at: posted - DAY, amount: centsToString(cents), description: pick(random, MERCHANTS), payee: undefined });
    }
    if (index === 0) {
      transactions.push({ id: "ACT-CHK-SALARY", posted: now - 20 * DAY, transacted_at: now - 20 * DAY, amount: "2500.00", description: "ACME CORP PAYROLL" });
      totalCents += 250000;
      // A sub-cent fee (3 decimals) as some Bridges report, and a pending purchase not yet posted.
      transactions.push({ id: "ACT-CHK-FEE", posted: now - 3 * DAY, transacted_at: now - 3 * DAY, amount: "-0.125", description: "FX FEE" });
      transactions.push({ id: "ACT-CHK-PENDING", posted: 0, transacted_at: now - DAY, amount: "-42.10", description: "RESTAURANT LE PETIT", pending: true, payee: "Le Petit" });
    }
    const balance = centsToString(100000 + totalCents);
    return { ...spec, balance, "available-balance": balance, "balance-date": now, org, conn_id: "CONN-1", transactions };
  });
}

export async function startSimplefinFake(options: { seed?: number; port?: number; now?: number } = {}): Promise<SimplefinFake> {
  const now = options.now ?? Math.floor(Date.now() / 1000);
  const accounts = buildAccounts(options.seed ?? 1, now);
  const claims = new Map<string, boolean>();
  const credentials = { user: "fakeuser", password: `pw${options.seed ?? 1}` };
  const requests: SimplefinFake["requests"] = [];
  let isRevoked = false, isPaymentRequired = false, connectionError: string | null = null;
  let failures: { status: number; count: number } | null = null;
  let baseUrl = "";

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const send = (status: number, body: unknown, type = "application/json") => {
      res.writeHead(status, { "content-type": type });
      res.end(typeof body === "string" ? body : JSON.stringify(body));
    };
    requests.push({ path: url.pathname, query: url.searchParams });
    if (url.pathname === "/simplefin/info") return send(200, { versions: ["1.0-draft"] });
    const claim = /^\/simplefin\/claim\/([\w-]+)$/.exec(url.pathname);
    if (claim && req.method === "POST") {
      const code = claim[1]!;
      if (!claims.has(code) || claims.get(code)) return send(403, "Forbidden", "text/plain");
      claims.set(code, true);
      const access = new URL(baseUrl);
      access.username = credentials.user;
      access.password = credentials.password;
      return send(200, access.toString(), "text/plain");
    }
    if (url.pathname !== "/simplefin/accounts") return send(404, "Not found", "text/plain");
    const expected = `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`).toString("base64")}`;
    if (isRevoked || req.headers.authorization !== expected) return send(403, "Forbidden", "text/plain");
    if (isPaymentRequired) return send(402, "Payment required", "text/plain");
    if (failures && failures.count > 0) {
      failures.count -= 1;
      return send(failures.status, { error: "injected failure" });
    }
    const start = url.searchParams.has("start-date") ? Number(url.searchParams.get("start-date")) : -Infinity;
    const end = url.searchParams.has("end-date") ? Number(url.searchParams.get("end-date")) : Infinity;
    const withPending = url.searchParams.has("pending");
    const only = url.searchParams.getAll("account");
    const balancesOnly = url.searchParams.has("balances-only");
    const selected = accounts.filter((a) => !only.length || only.includes(a.id)).map((account) => {
      const { transactions, ...rest } = account;
      if (balancesOnly) return rest;
      const inWindow = transactions.filter((tx) => {
        if (tx.pending && !withPending) return false;
        const when = tx.pending ? tx.transacted_at : tx.posted;
        return when >= start && when < end;
      });
      return { ...rest, transactions: inWindow.sort((a, b) => a.posted - b.posted) };
    });
    const errors = connectionError ? [connectionError] : [];
    const errlist = connectionError ? [{ code: "con.auth", message: connectionError, conn_id: "CONN-1" }] : [];
    return send(200, { errors, errlist, accounts: selected });
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/simplefin`;
  let counter = 0;

  return {
    baseUrl,
    accounts,
    requests,
    createSetupToken() {
      const code = `setup-${options.seed ?? 1}-${++counter}`;
      claims.set(code, false);
      return Buffer.from(`${baseUrl}/claim/${code}`).toString("base64");
    },
    bookPending(pendingId, amount) {
      for (const account of accounts) {
        const index = account.transactions.findIndex((tx) => tx.id === pendingId);
        if (index < 0) continue;
        const pending = account.transactions[index]!;
        const booked: FakeTx = { ...pending, id: `${pendingId}-POSTED`, pending: false, posted: now, amount: amount ?? pending.amount };
        account.transactions.splice(index, 1, booked);
        return booked.id;
      }
      throw new Error(`no pending transaction ${pendingId}`);
    },
    revokeAccess: () => { isRevoked = true; },
    setPaymentRequired: (required) => { isPaymentRequired = required; },
    failNext: (status, count = 1) => { failures = { status, count }; },
    setConnectionError: (text) => { connectionError = text; },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
