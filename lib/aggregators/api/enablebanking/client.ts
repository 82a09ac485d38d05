/**
 * Enable Banking HTTP client. Every call carries an application JWT (RS256, `kid` = application id) signed with
 * the application's private key, which never leaves the server; errors map to the adapter codes.
 */
import crypto from "node:crypto";
import type { ApiConnection } from "../../types";
import { checkedBaseUrl, codeForStatus, httpRequest, parseJson, providerError } from "../http";

export const DEFAULT_BASE_URL = "https://api.enablebanking.com";
const JWT_LIFETIME_SECONDS = 3600;

const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");

export function signApplicationJwt(applicationId: string, privateKeyPem: string, nowSeconds = Math.floor(Date.now() / 1000)): string {
  const header = b64url({ typ: "JWT", alg: "RS256", kid: applicationId });
  const payload = b64url({ iss: "enablebanking.com", aud: "api.enablebanking.com", iat: nowSeconds, exp: nowSeconds + JWT_LIFETIME_SECONDS });
  let key: crypto.KeyObject;
  try {
    key = crypto.createPrivateKey(privateKeyPem);
  } catch {
    throw providerError("LOGIN_REQUIRED", "The Enable Banking private key is not a valid PEM key");
  }
  const signature = crypto.sign("RSA-SHA256", Buffer.from(`${header}.${payload}`), key).toString("base64url");
  return `${header}.${payload}.${signature}`;
}

export function baseUrlOf(connection: ApiConnection): string {
  return checkedBaseUrl(connection.settings.baseUrl, DEFAULT_BASE_URL);
}

interface ErrorBody { code?: number; error?: string; message?: string; detail?: unknown }

export async function ebRequest<T>(connection: ApiConnection, path: string, init: { method?: "GET" | "POST" | "DELETE"; body?: unknown } = {}): Promise<T> {
  const { applicationId, privateKey } = connection.secrets;
  if (!applicationId || !privateKey) throw providerError("LOGIN_REQUIRED", "Enable Banking application id and private key are missing");
  const response = await httpRequest(`${baseUrlOf(connection)}${path}`, {
    method: init.method ?? "GET",
    headers: { authorization: `Bearer ${signApplicationJwt(applicationId, privateKey)}`, accept: "application/json", ...(init.body ? { "content-type": "application/json" } : {}) },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  if (response.status >= 200 && response.status < 300) return parseJson<T>(response, `Enable Banking ${path}`);
  let body: ErrorBody = {};
  try { body = JSON.parse(response.text) as ErrorBody; } catch { /* status alone decides */ }
  const text = `Enable Banking ${path.replace(/\?.*$/, "")}: HTTP ${response.status} ${body.error ?? ""} ${body.message ?? ""}`.trim();
  const reason = `${body.error ?? ""} ${body.message ?? ""}`;
  if ((response.status === 401 || response.status === 403 || response.status === 422) && /expired|revoked|closed|SESSION/i.test(reason)) throw providerError("CONSENT_EXPIRED", text);
  throw providerError(codeForStatus(response.status), text);
}
