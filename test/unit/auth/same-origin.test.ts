import { afterEach, describe, expect, it } from "vitest";
import { isSameOrigin } from "../../../lib/http/same-origin";

const saved = { ...process.env };
afterEach(() => {
  for (const key of ["NEXTAUTH_URL", "TIRELIRE_PUBLIC_URL", "TIRELIRE_TRUST_PROXY"]) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

const h = (headers: Record<string, string>) => new Headers({ host: "money.local:3000", ...headers });

describe("same-origin check of cookie-authenticated routes (CSRF)", () => {
  it("accepts the app's own origin and requests without Origin (navigations, scripts)", () => {
    expect(isSameOrigin(h({ origin: "http://money.local:3000" }))).toBe(true);
    expect(isSameOrigin(h({ origin: "http://MONEY.local:3000" }))).toBe(true);
    expect(isSameOrigin(h({}))).toBe(true);
    expect(isSameOrigin(h({ "sec-fetch-site": "same-origin" }))).toBe(true);
  });

  it("refuses other sites, other ports, opaque origins and cross-site fetch metadata", () => {
    expect(isSameOrigin(h({ origin: "https://evil.example" }))).toBe(false);
    expect(isSameOrigin(h({ origin: "http://money.local:4000" }))).toBe(false);
    expect(isSameOrigin(h({ origin: "null" }))).toBe(false);
    expect(isSameOrigin(h({ "sec-fetch-site": "cross-site" }))).toBe(false);
  });

  it("knows the public URL, and the host a reverse proxy forwards (as Next's server actions do)", () => {
    expect(isSameOrigin(h({ origin: "https://money.example.org" }))).toBe(false);
    process.env.NEXTAUTH_URL = "https://money.example.org";
    expect(isSameOrigin(h({ origin: "https://money.example.org" }))).toBe(true);
    expect(isSameOrigin(h({ origin: "https://proxied.example.net", "x-forwarded-host": "proxied.example.net" }))).toBe(true);
    expect(isSameOrigin(h({ origin: "https://evil.example", "x-forwarded-host": "proxied.example.net" }))).toBe(false);
  });
});
