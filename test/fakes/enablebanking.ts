/**
 * A faithful local Enable Banking server (enablebanking.com/docs/api): application JWTs verified against the
 * application's public key (RS256, kid, aud, exp), `GET /aspsps`, `POST /auth` whose url plays the bank and
 * redirects back with `code` and `state`, `POST /sessions`, `GET /sessions/{id}`, account details, balances and
 * transactions paged by `continuation_key` — a page repeats the previous page's last entry, as some banks do.
 * Failures: session expiry, 429, 5xx, bad JWT.
 */
import http from "node:http";
import crypto from "node:crypto";
import type { AddressInfo } from "node:net";
import { centsToString, createRandom, MERCHANTS, pick } from "./seed";

interface FakeTx { entry_reference: string; transaction_amount: { currency: string; amount: string }; credit_debit_indicator: "CRDT" | "DBIT"; status: "BOOK" | "PDNG"; booking_date: string | null; value_date: string; transaction_date: string; creditor?: { name: string }; debtor?: { name: string }; remittance_information: string[] }
interface FakeAccount { uid: string; iban: string; name: string; currency: string; transactions: FakeTx[]; balance: string }

export interface EnablebankingFake {
  baseUrl: string;
  applicationId: string;
  privateKeyPem: string;
  accounts: FakeAccount[];
  /** Plays the user at the bank: opens the authorization url, returns the redirect Location (with code and state). */
  authorize(url: string): Promise<string>;
  bookPending(): string;
  expireSessions(): void;
  failNext(status: number, count?: number): void;
  close(): Promise<void>;
}

const PAGE_SIZE = 25;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

function buildAccounts(seed: number): FakeAccount[] {
  const random = createRandom(seed);
  return [["FI2112345600000785", "Käyttötili"], ["FI5542345670000081", "Säästötili"]].map(([iban, name], index) => {
    const transactions: FakeTx[] = [];
    let total = 0;
    for (let offset = -120; offset <= -1; offset += 1 + Math.floor(random() * 2)) {
      const cents = Math.round(150 + random() * 6000);
      const isDebit = index === 0 || random() < 0.3;
      total += isDebit ? -cents : cents;
      const merchant = pick(random, MERCHANTS);
      transactions.push({ entry_reference: `EB-${index}-${transactions.length + 1}-${seed}`, transaction_amount: { currency: "EUR", amount: centsToString(cents) }, credit_debit_indicator: isDebit ? "DBIT" : "CRDT", status: "BOOK",
        booking_date: day(offset), value_date: day(offset), transaction_date: day(offset - 1), ...(isDebit ? { creditor: { name: merchant } } : { debtor: { name: "ACME OY" } }), remittance_information: [isDebit ? `KORTTIOSTO ${merchant}` : "PALKKA"] });
    }
    if (index === 0) transactions.push({ entry_reference: "EB-PENDING-1", transaction_amount: { currency: "EUR", amount: "12.90" }, credit_debit_indicator: "DBIT", status: "PDNG", booking_date: null, value_date: day(0), transaction_date: day(0), creditor: { name: "K-MARKET" }, remittance_information: ["KORTTIOSTO K-MARKET"] });
    return { uid: crypto.randomUUID(), iban: iban!, name: name!, currency: "EUR", transactions, balance: centsToString(200000 + total) };
  });
}

export async function startEnablebankingFake(options: { seed?: number; port?: number } = {}): Promise<EnablebankingFake> {
  const seed = options.seed ?? 1;
  const applicationId = crypto.randomUUID();
  const { privateKey, publicKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
  const accounts = buildAccounts(seed);
  const authorizations = new Map<string, { state: string; redirect: string; validUntil: string }>();
  const codes = new Map<string, string>();
  const sessions = new Map<string, { status: string; validUntil: string }>();
  let failures: { status: number; count: number } | null = null;
  let origin = "";
  const aspsps = [
    { name: "Nordea", country: "FI", bic: "NDEAFIHH", maximum_consent_validity: 15_552_000, psu_types: ["personal", "business"] },
    { name: "Mock ASPSP", country: "FI", bic: "MOCKFIHH", maximum_consent_validity: 7_776_000, psu_types: ["personal"] },
  ];

  function verifyJwt(header: string | undefined): string | null {
    const token = /^Bearer (.+)$/.exec(header ?? "")?.[1];
    const [h, p, s] = token?.split(".") ?? [];
    if (!h || !p || !s) return "JWT missing";
    const head = JSON.parse(Buffer.from(h, "base64url").toString()) as { alg?: string; kid?: string };
    const body = JSON.parse(Buffer.from(p, "base64url").toString()) as { aud?: string; iss?: string; exp?: number; iat?: number };
    if (head.alg !== "RS256" || head.kid !== applicationId) return "Unknown application";
    if (!crypto.verify("RSA-SHA256", Buffer.from(`${h}.${p}`), publicKey, Buffer.from(s, "base64url"))) return "Invalid JWT signature";
    const now = Math.floor(Date.now() / 1000);
    if (body.aud !== "api.enablebanking.com" || body.iss !== "enablebanking.com" || !body.exp || body.exp < now || (body.exp - (body.iat ?? now)) > 86_400) return "Invalid JWT claims";
    return null;
  }

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    let raw = "";
    for await (const chunk of req) raw += chunk;
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(payload));
    };
    const error = (status: number, code: string, message: string) => send(status, { code: status, error: code, message });

    const bank = /^\/bank\/authorize\/([\w-]+)$/.exec(url.pathname);
    if (bank) {
      const auth = authorizations.get(bank[1]!);
      if (!auth) return error(404, "NOT_FOUND", "Unknown authorization");
      const code = crypto.randomUUID();
      codes.set(code, bank[1]!);
      const target = new URL(auth.redirect);
      target.searchParams.set("code", code);
      target.searchParams.set("state", auth.state);
      res.writeHead(302, { location: target.toString() });
      return res.end();
    }
    const jwtError = verifyJwt(req.headers.authorization);
    if (jwtError) return error(401, "UNAUTHORIZED", jwtError);
    const path = url.pathname;
    if (path.startsWith("/accounts/") && failures && failures.count > 0) {
      failures.count -= 1;
      return failures.status === 429 ? error(429, "ASPSP_RATE_LIMIT_EXCEEDED", "Rate limit exceeded at the ASPSP") : error(failures.status, "ASPSP_ERROR", "Error interacting with ASPSP");
    }
    if (path === "/aspsps") return send(200, { aspsps: aspsps.filter((a) => a.country === (url.searchParams.get("country") ?? "").toUpperCase()) });
    if (path === "/auth" && req.method === "POST") {
      const aspsp = body.aspsp as { name?: string; country?: string } | undefined;
      if (!aspsps.some((a) => a.name === aspsp?.name && a.country === aspsp?.country)) return error(422, "WRONG_ASPSP_PROVIDED", "ASPSP not found");
      const id = crypto.randomUUID();
      authorizations.set(id, { state: String(body.state ?? ""), redirect: String(body.redirect_url ?? ""), validUntil: String((body.access as { valid_until?: string })?.valid_until ?? "") });
      return send(200, { url: `${origin}/bank/authorize/${id}`, authorization_id: id, psu_id_hash: crypto.randomUUID() });
    }
    if (path === "/sessions" && req.method === "POST") {
      const authId = codes.get(String(body.code ?? ""));
      if (!authId) return error(422, "WRONG_AUTHORIZATION_CODE", "Authorization code is invalid or already used");
      codes.delete(String(body.code));
      const session_id = crypto.randomUUID();
      const validUntil = authorizations.get(authId)!.validUntil;
      sessions.set(session_id, { status: "AUTHORIZED", validUntil });
      return send(200, { session_id, accounts: accounts.map((a) => ({ uid: a.uid, account_id: { iban: a.iban }, name: a.name, currency: a.currency, cash_account_type: "CACC" })), aspsp: aspsps[0], psu_type: "personal", access: { valid_until: validUntil } });
    }
    const session = /^\/sessions\/([\w-]+)$/.exec(path);
    if (session) {
      const found = sessions.get(session[1]!);
      if (!found) return error(404, "NOT_FOUND", "Session not found");
      return send(200, { status: found.status, accounts: accounts.map((a) => a.uid), access: { valid_until: found.validUntil }, aspsp: aspsps[0], psu_type: "personal" });
    }
    const account = /^\/accounts\/([\w-]+)\/(details|balances|transactions)$/.exec(path);
    if (account) {
      const found = accounts.find((a) => a.uid === account[1]);
      if (!found) return error(404, "NOT_FOUND", "Account not found");
      if (![...sessions.values()].some((s) => s.status === "AUTHORIZED")) return error(401, "EXPIRED_SESSION", "Session is expired or revoked");
      if (account[2] === "details") return send(200, { account_id: { iban: found.iban }, name: found.name, currency: found.currency, cash_account_type: found.name === "Säästötili" ? "SVGS" : "CACC" });
      if (account[2] === "balances") return send(200, { balances: [{ name: "Booked", balance_amount: { currency: "EUR", amount: found.balance }, balance_type: "CLBD", reference_date: day(-1) }] });
      const from = url.searchParams.get("date_from") ?? "0000", to = url.searchParams.get("date_to") ?? "9999";
      const inRange = found.transactions.filter((t) => (t.booking_date ?? t.value_date) >= from && (t.booking_date ?? t.value_date) <= to);
      const start = Number(url.searchParams.get("continuation_key") ?? "0");
      // Overlapping pages: each page after the first starts with the previous page's last entry.
      const page = inRange.slice(Math.max(0, start - 1), start + PAGE_SIZE);
      const next = start + PAGE_SIZE < inRange.length ? String(start + PAGE_SIZE) : null;
      return send(200, { transactions: page, continuation_key: next });
    }
    return error(404, "NOT_FOUND", `No route ${req.method} ${path}`);
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl: origin, applicationId, privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(), accounts,
    async authorize(authUrl) {
      const response = await fetch(authUrl, { redirect: "manual" });
      const location = response.headers.get("location");
      if (response.status !== 302 || !location) throw new Error(`authorize answered ${response.status}`);
      return location;
    },
    bookPending() {
      const pending = accounts[0]!.transactions.find((t) => t.status === "PDNG");
      if (!pending) throw new Error("no pending transaction");
      Object.assign(pending, { status: "BOOK", booking_date: pending.value_date, entry_reference: "EB-BOOKED-1" });
      return pending.entry_reference;
    },
    expireSessions: () => { for (const s of sessions.values()) s.status = "EXPIRED"; },
    failNext: (status, count = 1) => { failures = { status, count }; },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
