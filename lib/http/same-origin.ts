/**
 * CSRF defence for cookie-authenticated route handlers. Session cookies are SameSite=Lax (a cross-site form POST
 * does not carry them) and server actions get Next's own Origin check; this adds the same check to our route
 * handlers: a browser request whose Origin is another site is refused. Requests without Origin (same-origin
 * navigations, curl, tokens) pass: Origin is what browsers attach to every cross-origin and every POST request.
 */
import { AppError } from "../errors";

/**
 * The hosts this app answers as: the request's Host, a proxy's X-Forwarded-Host (as Next's own server-action check
 * does: a cross-site page cannot add that header without a CORS preflight we never grant), and the configured public URLs.
 */
function ownHosts(headers: Headers): Set<string> {
  const hosts = new Set<string>();
  const host = headers.get("host");
  if (host) hosts.add(host.toLowerCase());
  const forwarded = headers.get("x-forwarded-host");
  if (forwarded) hosts.add(forwarded.split(",")[0]!.trim().toLowerCase());
  for (const url of [process.env.NEXTAUTH_URL, process.env.TIRELIRE_PUBLIC_URL]) {
    if (!url) continue;
    try {
      hosts.add(new URL(url).host.toLowerCase());
    } catch {
      // a malformed setting adds nothing
    }
  }
  return hosts;
}

export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return headers.get("sec-fetch-site") !== "cross-site";
  try {
    return ownHosts(headers).has(new URL(origin).host.toLowerCase());
  } catch {
    return false; // "null" (sandboxed frames, file:) or garbage
  }
}

export function assertSameOrigin(headers: Headers): void {
  if (!isSameOrigin(headers)) throw new AppError("FORBIDDEN", "Cross-site request refused", { userMessage: "This request came from another site and was refused." });
}
