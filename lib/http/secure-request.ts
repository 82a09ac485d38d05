/**
 * Whether a cookie set in answer to this request gets the `Secure` flag. Decided exactly as next-auth v4 decides it
 * for the session cookie in this app (its AuthHandler → detectOrigin): NEXTAUTH_URL, when set, is the public origin;
 * otherwise, when the host is trusted (AUTH_TRUST_HOST, which the start script sets whenever NEXTAUTH_URL is absent),
 * X-Forwarded-Proto decides: a proxy's value, or the one Next fills in from the socket when no proxy sent any (so a
 * direct TLS request counts). Our own cookies and the session cookie thus carry the flag together. A client that
 * forges the header only flags its own cookie, in the stricter direction.
 */
export interface SecureRequestEnv {
  NEXTAUTH_URL?: string;
  AUTH_TRUST_HOST?: string;
  VERCEL?: string;
}

export function isSecureRequest(headers: Pick<Headers, "get">, env: SecureRequestEnv = process.env): boolean {
  if (env.NEXTAUTH_URL) return env.NEXTAUTH_URL.startsWith("https://");
  // next-auth compares the whole header with "http": anything else (a chain, "https", none) means https.
  if (env.VERCEL ?? env.AUTH_TRUST_HOST) return headers.get("x-forwarded-proto") !== "http";
  // Neither: next-auth falls back to http://localhost:3000, a plain-HTTP origin.
  return false;
}
