/**
 * GoCardless Bank Account Data HTTP client: access tokens minted from the user's secret id/key, refreshed with
 * the refresh token, re-minted once on `401 Invalid token`; errors mapped to the adapter codes; rate-limit
 * headers (their names literally start with HTTP_X_RATELIMIT_) read on every answer.
 */
import type { ApiConnection } from "../../types";
import { checkedBaseUrl, codeForStatus, httpRequest, parseJson, providerError, type HttpResponse } from "../http";

export const DEFAULT_BASE_URL = "https://bankaccountdata.gocardless.com/api/v2";

interface TokenAnswer { access: string; access_expires: number; refresh?: string; refresh_expires?: number }
interface ErrorBody { summary?: string; detail?: string; status_code?: number; type?: string }

export interface RateLimit { limit: number | null; remaining: number | null; resetSeconds: number | null }

const header = (response: HttpResponse, name: string) => {
  const value = response.headers.get(name);
  return value === null ? null : Number(value);
};

/** Per-account limits win over the general ones: banks allow a handful of successful calls a day. */
export function readRateLimit(response: HttpResponse): RateLimit {
  const scoped = header(response, "http_x_ratelimit_account_success_remaining");
  return scoped !== null
    ? { limit: header(response, "http_x_ratelimit_account_success_limit"), remaining: scoped, resetSeconds: header(response, "http_x_ratelimit_account_success_reset") }
    : { limit: header(response, "http_x_ratelimit_limit"), remaining: header(response, "http_x_ratelimit_remaining"), resetSeconds: header(response, "http_x_ratelimit_reset") };
}

export function baseUrlOf(connection: ApiConnection): string {
  return checkedBaseUrl(connection.settings.baseUrl, DEFAULT_BASE_URL);
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

async function postToken(connection: ApiConnection, path: string, body: unknown): Promise<TokenAnswer> {
  const response = await httpRequest(`${baseUrlOf(connection)}${path}`, { method: "POST", headers: { "content-type": "application/json", accept: "application/json" }, body: JSON.stringify(body) });
  if (response.status === 401 || response.status === 403) return Promise.reject(providerError("LOGIN_REQUIRED", `GoCardless refused the credentials (${path}, HTTP ${response.status})`));
  if (response.status !== 200) throw mapError(response, path);
  return parseJson<TokenAnswer>(response, `GoCardless ${path}`);
}

/** A valid access token: the stored one, else refreshed, else newly minted from the secrets. */
export async function ensureAccess(connection: ApiConnection, force = false): Promise<string> {
  const s = connection.secrets;
  if (!force && s.access && Number(s.accessExpiresAt ?? 0) > nowSeconds() + 60) return s.access;
  let answer: TokenAnswer | null = null;
  if (!force && s.refresh && Number(s.refreshExpiresAt ?? 0) > nowSeconds() + 60) {
    answer = await postToken(connection, "/token/refresh/", { refresh: s.refresh }).catch(() => null);
  }
  if (!answer) {
    if (!s.secretId || !s.secretKey) throw providerError("LOGIN_REQUIRED", "GoCardless secret id and key are missing");
    answer = await postToken(connection, "/token/new/", { secret_id: s.secretId, secret_key: s.secretKey });
    if (answer.refresh) {
      s.refresh = answer.refresh;
      s.refreshExpiresAt = String(nowSeconds() + (answer.refresh_expires ?? 0));
    }
  }
  s.access = answer.access;
  s.accessExpiresAt = String(nowSeconds() + answer.access_expires);
  return answer.access;
}

export function mapError(response: HttpResponse, path: string) {
  let body: ErrorBody = {};
  try { body = JSON.parse(response.text) as ErrorBody; } catch { /* not JSON: status alone decides */ }
  const text = `GoCardless ${path}: HTTP ${response.status} ${body.summary ?? ""}${body.detail ? ` — ${body.detail}` : ""}`.trim();
  const summary = `${body.summary ?? ""} ${body.type ?? ""} ${body.detail ?? ""}`;
  if (response.status === 401 && /EUA|expired|AccessExpired|revoked/i.test(summary)) return providerError("CONSENT_EXPIRED", text);
  if (response.status === 403 && /agreement|EUA|access/i.test(summary)) return providerError("CONSENT_EXPIRED", text);
  if (response.status === 409) return providerError("LOGIN_REQUIRED", text, { suspended: true });
  if (response.status === 429) return providerError("RATE_LIMITED", text, { rateLimit: readRateLimit(response) });
  return providerError(codeForStatus(response.status), text);
}

export interface GcAnswer<T> { body: T; rateLimit: RateLimit }

/** An authorized call; an expired or invalid token is replaced once, then the answer's status decides. */
export async function gcRequest<T>(connection: ApiConnection, path: string, init: { method?: "GET" | "POST" | "DELETE"; body?: unknown } = {}): Promise<GcAnswer<T>> {
  let token = await ensureAccess(connection);
  for (let attempt = 0; ; attempt++) {
    const response = await httpRequest(`${baseUrlOf(connection)}${path}`, {
      method: init.method ?? "GET",
      headers: { authorization: `Bearer ${token}`, accept: "application/json", ...(init.body ? { "content-type": "application/json" } : {}) },
      body: init.body ? JSON.stringify(init.body) : undefined,
    });
    if (response.status === 401 && attempt === 0 && /invalid token|token is invalid|expired token/i.test(response.text)) {
      token = await ensureAccess(connection, true);
      continue;
    }
    if (response.status < 200 || response.status >= 300) throw mapError(response, path.replace(/\?.*$/, ""));
    return { body: parseJson<T>(response, `GoCardless ${path}`), rateLimit: readRateLimit(response) };
  }
}
