/**
 * SimpleFIN adapter (protocol 1.0-draft, Bridge extensions). Setup token → claim → access URL with
 * credentials; then `GET /accounts` with Basic auth. Windows are chunked to 60 days (Bridges fail or truncate
 * past 90) and the Bridge's daily quota (24 requests) is counted in the connection's state.
 */
import type { ApiAccount, ApiAggregator, ApiConnection, AuthorizationResult, FetchResult, FetchWindow, StartAuthorizationInput } from "../../types";
import { addDays, daysBetween, todayIso } from "../../../dates";
import { codeForStatus, httpRequest, parseJson, providerError, redactUrl } from "../http";
import { collectErrors, dayToEpoch, mapAccount, mapTransaction, needsAttention, type SfinAccountSet } from "./protocol";
import { normalizeCurrency } from "../../../money";
import { AppError } from "../../../errors";

export const MAX_WINDOW_DAYS = 60;
export const DAILY_QUOTA = 24;

/** Loopback may be plain HTTP (local fakes, a Bridge on the same host); anything else must be HTTPS. */
function assertSafeUrl(url: URL, what: string): void {
  const isLoopback = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback)) {
    throw new AppError("INVALID_INPUT", `${what} must use https`, { userMessage: `The SimpleFIN ${what} must be an https address.` });
  }
}

export function decodeSetupToken(token: string): URL {
  const text = Buffer.from(token.trim(), "base64").toString("utf8").trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new AppError("INVALID_INPUT", "The setup token is not a base64-encoded claim URL", { userMessage: "This is not a SimpleFIN setup token. Copy it again from your SimpleFIN Bridge." });
  }
  assertSafeUrl(url, "claim URL");
  return url;
}

interface AccessPoint {
  baseUrl: string;
  authorization: string;
}

export function parseAccessUrl(accessUrl: string): AccessPoint {
  let url: URL;
  try {
    url = new URL(accessUrl.trim());
  } catch {
    throw providerError("LOGIN_REQUIRED", "The stored SimpleFIN access URL is invalid");
  }
  if (!url.username) throw providerError("LOGIN_REQUIRED", "The SimpleFIN access URL carries no credentials");
  assertSafeUrl(url, "access URL");
  const authorization = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString("base64")}`;
  url.username = "";
  url.password = "";
  return { baseUrl: url.toString().replace(/\/$/, ""), authorization };
}

/** Counts requests per UTC day in the connection state; refuses past the Bridge's quota. */
function spendQuota(connection: ApiConnection, today: string): void {
  if (connection.secrets.quotaDay !== today) {
    connection.secrets.quotaDay = today;
    connection.secrets.quotaCount = "0";
  }
  const used = Number(connection.secrets.quotaCount ?? "0");
  if (used >= DAILY_QUOTA) {
    throw providerError("RATE_LIMITED", `SimpleFIN daily quota of ${DAILY_QUOTA} requests reached`, { retryAfter: `${addDays(today, 1)}T00:00:00Z` });
  }
  connection.secrets.quotaCount = String(used + 1);
}

async function getAccountSet(connection: ApiConnection, query: URLSearchParams): Promise<SfinAccountSet> {
  const access = parseAccessUrl(connection.secrets.accessUrl ?? "");
  spendQuota(connection, todayIso());
  const url = `${access.baseUrl}/accounts?${query.toString()}`;
  const response = await httpRequest(url, { headers: { authorization: access.authorization, accept: "application/json" } });
  if (response.status === 402) throw providerError("LOGIN_REQUIRED", "SimpleFIN: payment required (subscription lapsed)");
  if (response.status === 403) throw providerError("LOGIN_REQUIRED", "SimpleFIN: access revoked or credentials refused (403)");
  if (response.status !== 200) throw providerError(codeForStatus(response.status), `SimpleFIN ${redactUrl(url)} answered HTTP ${response.status}`);
  return parseJson<SfinAccountSet>(response, "SimpleFIN /accounts");
}

export const simplefinAggregator: ApiAggregator = {
  id: "simplefin",
  kind: "api",
  label: "SimpleFIN",

  async startAuthorization(input: StartAuthorizationInput): Promise<AuthorizationResult> {
    const token = input.secrets.setupToken;
    if (!token) throw new AppError("INVALID_INPUT", "A SimpleFIN setup token is required", { userMessage: "Paste the setup token from your SimpleFIN Bridge." });
    const claimUrl = decodeSetupToken(token);
    const response = await httpRequest(claimUrl.toString(), { method: "POST", headers: { "content-length": "0" } });
    if (response.status === 403) {
      throw new AppError("LOGIN_REQUIRED", "SimpleFIN refused the setup token (403: unknown or already claimed)", {
        userMessage: "This setup token was already used or is unknown. If you did not use it yourself, someone else may have: revoke it in your SimpleFIN Bridge and create a new one.",
      });
    }
    if (response.status !== 200) throw providerError(codeForStatus(response.status), `SimpleFIN claim answered HTTP ${response.status}`);
    const accessUrl = response.text.trim();
    parseAccessUrl(accessUrl);
    return { connection: { secrets: { accessUrl }, settings: { ...input.settings } }, authorizationUrl: null, consentExpiresAt: null };
  },

  async listAccounts(connection: ApiConnection): Promise<ApiAccount[]> {
    const set = await getAccountSet(connection, new URLSearchParams({ "balances-only": "1" }));
    const warnings = collectErrors(set);
    return (set.accounts ?? []).map((account) => mapAccount(account, warnings));
  },

  async fetchTransactions(connection: ApiConnection, accountExternalId: string, window: FetchWindow): Promise<FetchResult> {
    const start = window.cursor ?? window.since;
    if (daysBetween(start, window.until) < 0) return { transactions: [], balance: null, nextCursor: null, raw: [], warnings: [] };
    const chunkEnd = daysBetween(start, window.until) >= MAX_WINDOW_DAYS ? addDays(start, MAX_WINDOW_DAYS - 1) : window.until;
    const query = new URLSearchParams({ "start-date": String(dayToEpoch(start)), "end-date": String(dayToEpoch(addDays(chunkEnd, 1))), pending: "1", account: accountExternalId });
    const set = await getAccountSet(connection, query);
    const warnings = collectErrors(set);
    const account = (set.accounts ?? []).find((a) => a.id === accountExternalId);
    if (!account) {
      if (needsAttention(set, undefined)) throw providerError("LOGIN_REQUIRED", `SimpleFIN: the bank connection of account ${accountExternalId} needs attention`, { warnings });
      throw providerError("INVALID_INPUT", `SimpleFIN returned no account ${accountExternalId}`, { warnings });
    }
    const currency = normalizeCurrency(account.currency);
    const today = todayIso();
    const transactions = (account.transactions ?? []).flatMap((tx) => mapTransaction(tx, currency, today, warnings) ?? []);
    const nextCursor = chunkEnd < window.until ? addDays(chunkEnd, 1) : null;
    return { transactions, balance: mapAccount(account, warnings).balance, nextCursor, raw: [set], warnings };
  },
};
