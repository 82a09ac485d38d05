/**
 * Outgoing webhook: POST of the notification as JSON, signed so the receiver can check it came from us:
 * X-Tirelire-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" with the user's secret>, and the
 * timestamp in X-Tirelire-Timestamp (receivers reject old ones to stop replays).
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { AppError } from "../errors";

export const SIGNATURE_HEADER = "x-tirelire-signature";
export const TIMESTAMP_HEADER = "x-tirelire-timestamp";

export function signPayload(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

export function isValidSignature(secret: string, timestamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(signPayload(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export function checkWebhookUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AppError("INVALID_INPUT", "Webhook URL is not a valid URL");
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") throw new AppError("INVALID_INPUT", "Webhook URL must be http or https");
  return parsed;
}

export async function postWebhook(url: string, secret: string, payload: unknown, now = new Date()): Promise<void> {
  const body = JSON.stringify(payload);
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const response = await fetch(checkWebhookUrl(url), {
    method: "POST",
    headers: { "content-type": "application/json", [SIGNATURE_HEADER]: signPayload(secret, timestamp, body), [TIMESTAMP_HEADER]: timestamp },
    body,
    redirect: "error",
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new AppError("PROVIDER_DOWN", `Webhook answered HTTP ${response.status}`);
}
