/**
 * A faithful local GoCardless Bank Account Data server (API v2, ../shared/reference/peers.md §3.5 and
 * developer.gocardless.com): JWT-shaped access tokens with `exp`, refresh, institutions (with the sandbox bank),
 * end-user agreements, requisitions with a `link` that plays the bank (it flips the requisition to LN and
 * redirects to `redirect?ref=`), account details/balances/transactions (booked + pending, no paging), the
 * HTTP_X_RATELIMIT_* headers, and the documented failures (invalid token, EUA expired, 429, 5xx).
 */
import http from "node:http";
import crypto from "node:crypto";
import type { AddressInfo } from "node:net";
import { centsToString, createRandom, MERCHANTS, pick } from "./seed";

interface FakeTx { transactionId?: string; bookingDate?: string; valueDate: string; transactionAmount: { amount: string; currency: string }; creditorName?: string; debtorName?: string; remittanceInformationUnstructured: string }
interface FakeAccount { id: string; iban: string; currency: string; name: string; booked: FakeTx[]; pending: FakeTx[]; balance: string }
interface Requisition { id: string; status: string; link: string; accounts: string[]; agreement: string; reference: string; redirect: string; institution_id: string }

export interface GocardlessFake {
  baseUrl: string;
  secretId: string;
  secretKey: string;
  accounts: FakeAccount[];
  requisitions: Map<string, Requisition>;
  /** Plays the user at the bank: opens the requisition's link and returns the redirect Location. */
  completeLink(link: string): Promise<string>;
  bookPending(index?: number): string;
  expireAccessTokens(): void;
  expireConsent(): void;
  failNext(status: number, count?: number): void;
  close(): Promise<void>;
}

const day = (offset: number, today = new Date()) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

function buildAccounts(seed: number): FakeAccount[] {
  const random = createRandom(seed);
  return [["FR7630006000011234567890189", "EUR", "Compte chèques"], ["FR7630006000019876543210154", "EUR", "Livret A"]].map(([iban, currency, name], index) => {
    const booked: FakeTx[] = [];
    let total = 0;
    for (let offset = -85; offset <= -1; offset += 1 + Math.floor(random() * 2)) {
      const cents = index === 1 ? Math.round(1000 + random() * 5000) : -Math.round(200 + random() * 8000);
      total += cents;
      const merchant = pick(random, MERCHANTS);
      booked.push({ transactionId: `${index}-${booked.length + 1}-${seed}`, bookingDate: day(offset), valueDate: day(offset), transactionAmount: { amount: centsToString(cents), currency: currency! },
        ...(cents < 0 ? { creditorName: merchant } : { debtorName: "EMPLOYER SA" }), remittanceInformationUnstructured: cents < 0 ? `CARTE ${merchant}` : "VIR SALAIRE" });
    }
    // Pending entries carry no transactionId and no bookingDate (as GoCardless documents for many banks).
    const pending: FakeTx[] = index === 0 ? [{ valueDate: day(0), transactionAmount: { amount: "-23.40", currency: "EUR" }, creditorName: "BOULANGERIE PAUL", remittanceInformationUnstructured: "CARTE BOULANGERIE PAUL" }] : [];
    return { id: crypto.randomUUID(), iban: iban!, currency: currency!, name: name!, booked, pending, balance: centsToString(150000 + total) };
  });
}

function jwt(exp: number): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "HS256", typ: "JWT" })}.${part({ token_type: "access", exp, jti: crypto.randomUUID() })}.${crypto.randomBytes(16).toString("base64url")}`;
}

export async function startGocardlessFake(options: { seed?: number; port?: number } = {}): Promise<GocardlessFake> {
  const seed = options.seed ?? 1;
  const secretId = `fake-secret-id-${seed}`, secretKey = `fake-secret-key-${seed}`;
  const accounts = buildAccounts(seed);
  const tokens = new Map<string, number>(); // access or refresh token → expiry (epoch seconds)
  const agreements = new Map<string, { id: string; institution_id: string; max_historical_days: number; access_valid_for_days: number; access_scope: string[]; accepted: string | null; created: string }>();
  const requisitions = new Map<string, Requisition>();
  const successCalls = new Map<string, number>();
  let failures: { status: number; count: number } | null = null;
  let isConsentExpired = false;
  let origin = "";
  const institutions = [
    { id: "SANDBOXFINANCE_SFIN0000", name: "Sandbox Finance", bic: "SFIN0000", transaction_total_days: "90", max_access_valid_for_days: "90", countries: ["XX", "FR", "GB", "DE"] },
    { id: "FAKEBANK_FR_FKBKFRPP", name: "Fake Banque Populaire", bic: "FKBKFRPP", transaction_total_days: "730", max_access_valid_for_days: "180", countries: ["FR"] },
  ];

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    let raw = "";
    for await (const chunk of req) raw += chunk;
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(payload));
    };
    const error = (status: number, summary: string, detail: string, type?: string) => send(status, { summary, detail, status_code: status, ...(type ? { type } : {}) });
    const now = Math.floor(Date.now() / 1000);

    const link = /^\/link\/([\w-]+)$/.exec(url.pathname);
    if (link) {
      const requisition = requisitions.get(link[1]!);
      if (!requisition) return error(404, "Not found.", "Not found.");
      if (requisition.status === "LN") return error(400, "RequisitionLinkReused", "This link has already been used for authorization and is no longer valid.");
      requisition.status = "LN";
      requisition.accounts = accounts.map((a) => a.id);
      const agreement = agreements.get(requisition.agreement);
      if (agreement) agreement.accepted = new Date().toISOString();
      res.writeHead(302, { location: `${requisition.redirect}${requisition.redirect.includes("?") ? "&" : "?"}ref=${encodeURIComponent(requisition.reference)}` });
      return res.end();
    }
    const path = url.pathname.replace(/^\/api\/v2/, "");
    if (path === "/token/new/" && req.method === "POST") {
      if (body.secret_id !== secretId || body.secret_key !== secretKey) return error(401, "Authentication failed", "No active account found with the given credentials");
      const access = jwt(now + 86_400), refresh = jwt(now + 2_592_000);
      tokens.set(access, now + 86_400);
      tokens.set(refresh, now + 2_592_000);
      return send(200, { access, access_expires: 86_400, refresh, refresh_expires: 2_592_000 });
    }
    if (path === "/token/refresh/" && req.method === "POST") {
      const refresh = String(body.refresh ?? "");
      if ((tokens.get(refresh) ?? 0) <= now) return error(401, "Invalid token", "Token is invalid or expired");
      const access = jwt(now + 86_400);
      tokens.set(access, now + 86_400);
      return send(200, { access, access_expires: 86_400 });
    }
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1] ?? "";
    if ((tokens.get(bearer) ?? 0) <= now) return error(401, "Invalid token", "Token is invalid or expired");
    if (failures && failures.count > 0 && path.startsWith("/accounts/")) {
      failures.count -= 1;
      if (failures.status === 429) return send(429, { summary: "Rate limit exceeded", detail: "Daily request limit set by the Institution has been exceeded.", type: "RateLimitError", status_code: 429 }, { HTTP_X_RATELIMIT_ACCOUNT_SUCCESS_LIMIT: "4", HTTP_X_RATELIMIT_ACCOUNT_SUCCESS_REMAINING: "0", HTTP_X_RATELIMIT_ACCOUNT_SUCCESS_RESET: "3600" });
      return error(failures.status, "Service unavailable", "Institution service unavailable", "ServiceError");
    }

    if (path === "/institutions/" && req.method === "GET") {
      const country = (url.searchParams.get("country") ?? "").toUpperCase();
      return send(200, institutions.filter((i) => i.countries.includes(country)));
    }
    const institution = /^\/institutions\/([\w-]+)\/$/.exec(path);
    if (institution) {
      const found = institutions.find((i) => i.id === institution[1]);
      return found ? send(200, found) : error(404, "Not found.", "Not found.");
    }
    if (path === "/agreements/enduser/" && req.method === "POST") {
      const inst = institutions.find((i) => i.id === body.institution_id);
      if (!inst) return send(400, { institution_id: { summary: "Unknown Institution ID", detail: `Get Institution IDs from /institutions/?country={$COUNTRY_CODE}` }, status_code: 400 });
      const maxDays = Number(body.max_historical_days ?? 90);
      if (maxDays > Number(inst.transaction_total_days)) return send(400, { max_historical_days: { summary: "Incorrect max_historical_days", detail: `max_historical_days must be > 0 and <= ${inst.transaction_total_days}` }, status_code: 400 });
      const agreement = { id: crypto.randomUUID(), created: new Date().toISOString(), institution_id: inst.id, max_historical_days: maxDays, access_valid_for_days: Number(body.access_valid_for_days ?? 90), access_scope: (body.access_scope as string[]) ?? ["balances", "details", "transactions"], accepted: null };
      agreements.set(agreement.id, agreement);
      return send(201, agreement);
    }
    const agreement = /^\/agreements\/enduser\/([\w-]+)\/$/.exec(path);
    if (agreement) return agreements.has(agreement[1]!) ? send(200, agreements.get(agreement[1]!)) : error(404, "Not found.", "Not found.");
    if (path === "/requisitions/" && req.method === "POST") {
      const id = crypto.randomUUID();
      const requisition: Requisition = { id, status: "CR", link: `${origin}/link/${id}`, accounts: [], agreement: String(body.agreement ?? ""), reference: String(body.reference ?? id), redirect: String(body.redirect ?? ""), institution_id: String(body.institution_id ?? "") };
      requisitions.set(id, requisition);
      return send(201, requisition);
    }
    const requisition = /^\/requisitions\/([\w-]+)\/$/.exec(path);
    if (requisition) {
      const found = requisitions.get(requisition[1]!);
      if (!found) return error(404, "Not found.", "Not found.");
      if (req.method === "DELETE") {
        requisitions.delete(found.id);
        return send(200, { summary: "Requisition deleted", detail: `Requisition ${found.id} deleted with all its End User Agreements` });
      }
      return send(200, isConsentExpired ? { ...found, status: "EX" } : found);
    }
    const account = /^\/accounts\/([\w-]+)\/(details\/|balances\/|transactions\/)?$/.exec(path);
    if (account) {
      const found = accounts.find((a) => a.id === account[1]);
      const linked = [...requisitions.values()].some((r) => r.status === "LN" && r.accounts.includes(account[1]!));
      if (!found || !linked) return error(404, "Not found.", "Not found.");
      if (isConsentExpired && account[2]) return error(401, `End User Agreement (EUA) ${[...agreements.keys()][0] ?? ""} has expired`, "EUA was valid for 90 days and it expired. The end user must connect the account once more with new EUA and Requisition", "AccessExpiredError");
      const calls = (successCalls.get(`${found.id}:${account[2]}`) ?? 0) + 1;
      successCalls.set(`${found.id}:${account[2]}`, calls);
      const limits = { HTTP_X_RATELIMIT_ACCOUNT_SUCCESS_LIMIT: "10", HTTP_X_RATELIMIT_ACCOUNT_SUCCESS_REMAINING: String(Math.max(0, 10 - calls)), HTTP_X_RATELIMIT_ACCOUNT_SUCCESS_RESET: "86400" };
      if (!account[2]) return send(200, { id: found.id, iban: found.iban, institution_id: "SANDBOXFINANCE_SFIN0000", status: "READY", created: new Date().toISOString() });
      if (account[2] === "details/") return send(200, { account: { resourceId: found.id, iban: found.iban, currency: found.currency, ownerName: "Jane Doe", name: found.name, cashAccountType: found.name === "Livret A" ? "SVGS" : "CACC" } }, limits);
      if (account[2] === "balances/") return send(200, { balances: [{ balanceAmount: { amount: found.balance, currency: found.currency }, balanceType: "closingBooked", referenceDate: day(-1) }, { balanceAmount: { amount: found.balance, currency: found.currency }, balanceType: "interimAvailable" }] }, limits);
      const from = url.searchParams.get("date_from") ?? "0000-00-00", to = url.searchParams.get("date_to") ?? "9999-99-99";
      const inRange = (tx: FakeTx) => (tx.bookingDate ?? tx.valueDate) >= from && (tx.bookingDate ?? tx.valueDate) <= to;
      return send(200, { transactions: { booked: found.booked.filter(inRange), pending: found.pending.filter(inRange) } }, limits);
    }
    return error(404, "Not found.", `No route ${req.method} ${url.pathname}`);
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl: `${origin}/api/v2`, secretId, secretKey, accounts, requisitions,
    async completeLink(linkUrl) {
      const response = await fetch(linkUrl, { redirect: "manual" });
      const location = response.headers.get("location");
      if (response.status !== 302 || !location) throw new Error(`link answered ${response.status}`);
      return location;
    },
    bookPending(index = 0) {
      const account = accounts[0]!;
      const pending = account.pending.splice(index, 1)[0];
      if (!pending) throw new Error("no pending transaction");
      const booked = { ...pending, transactionId: `booked-${crypto.randomUUID()}`, bookingDate: pending.valueDate };
      account.booked.push(booked);
      return booked.transactionId;
    },
    expireAccessTokens: () => { for (const key of tokens.keys()) tokens.set(key, 0); },
    expireConsent: () => { isConsentExpired = true; },
    failNext: (status, count = 1) => { failures = { status, count }; },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
