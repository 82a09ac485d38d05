/**
 * The one HTTP client of the partner-API adapters: a timeout on every call, provider failures mapped to the
 * small code set of DESIGN.md (LOGIN_REQUIRED, CONSENT_EXPIRED, RATE_LIMITED, PROVIDER_DOWN, INVALID_INPUT,
 * UNKNOWN). Messages never contain credentials: URLs are logged without their user-info part.
 */
import { AppError, type ErrorCode } from "../../errors";

export const DEFAULT_TIMEOUT_MS = 30_000;

export interface HttpResponse {
  status: number;
  headers: Headers;
  text: string;
}

export interface HttpRequest {
  method?: "GET" | "POST" | "DELETE";
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
}

/** A URL safe to show: no user-info, no query string (tokens and account ids hide there). */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return "(invalid URL)";
  }
}

export async function httpRequest(url: string, request: HttpRequest = {}): Promise<HttpResponse> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), request.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  try {
    const response = await fetch(url, { method: request.method ?? "GET", headers: request.headers, body: request.body, signal: controller.signal, redirect: "manual" });
    return { status: response.status, headers: response.headers, text: await response.text() };
  } catch (error) {
    const reason = controller.signal.aborted ? "timed out" : error instanceof Error ? error.message : String(error);
    throw new AppError("PROVIDER_DOWN", `Request to ${redactUrl(url)} failed: ${reason}`, {
      userMessage: "The bank data provider could not be reached. Tirelire will try again later.",
    });
  } finally {
    clearTimeout(timer);
  }
}

/** The code a non-2xx status maps to when the provider has no more specific meaning for it. */
export function codeForStatus(status: number): ErrorCode {
  if (status === 401 || status === 403) return "LOGIN_REQUIRED";
  if (status === 429) return "RATE_LIMITED";
  if (status === 400 || status === 404 || status === 422) return "INVALID_INPUT";
  if (status >= 500) return "PROVIDER_DOWN";
  return "UNKNOWN";
}

const userMessages: Partial<Record<ErrorCode, string>> = {
  LOGIN_REQUIRED: "The connection to your bank needs to be authorized again.",
  CONSENT_EXPIRED: "Your consent to share this bank's data has expired: authorize the connection again.",
  RATE_LIMITED: "The bank data provider limits how often Tirelire may ask. The next sync will retry after the limit resets.",
  PROVIDER_DOWN: "The bank data provider is having trouble. Tirelire will try again later.",
  INVALID_INPUT: "The bank data provider refused the request.",
};

export function providerError(code: ErrorCode, message: string, details?: unknown): AppError {
  return new AppError(code, message, { userMessage: userMessages[code] ?? "The bank data provider answered with an unexpected error.", details });
}

export function parseJson<T>(response: HttpResponse, what: string): T {
  try {
    return JSON.parse(response.text) as T;
  } catch {
    throw providerError("UNKNOWN", `${what}: the provider answered with invalid JSON (HTTP ${response.status})`);
  }
}

/**
 * A provider base URL from the user's configuration: https, or plain http only on loopback (local fakes and
 * sandboxes), so credentials and bank data never cross a network unencrypted.
 */
export function checkedBaseUrl(configured: string | undefined, fallback: string): string {
  const text = (configured || fallback).replace(/\/$/, "");
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new AppError("INVALID_INPUT", "The provider address is not a URL", { userMessage: "The provider address must be a URL such as https://…" });
  }
  const isLoopback = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback)) {
    throw new AppError("INVALID_INPUT", "The provider address must use https", { userMessage: "The provider address must use https (plain http is allowed only on this machine, for local test servers)." });
  }
  return text;
}
