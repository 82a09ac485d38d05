/** Where the banks send the user back: Tirelire's callback route, on the address the user reaches Tirelire at. */
export const CALLBACK_PATH = "/api/connections/callback";

/** From the public origin (the request's, or TIRELIRE_PUBLIC_URL / PORT for the CLI). */
export function callbackUrl(origin?: string | null): string {
  const base = origin || process.env.TIRELIRE_PUBLIC_URL || `http://localhost:${process.env.PORT || 3000}`;
  return `${base.replace(/\/+$/, "")}${CALLBACK_PATH}`;
}

/** The query parameters of the URL the bank redirected to (what `connect complete --callback-url` is given). */
export function paramsOfCallbackUrl(url: string): Record<string, string> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return {};
  }
  return Object.fromEntries(parsed.searchParams.entries());
}
