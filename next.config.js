/* global module */
// Next.js configuration. Standalone output so `npm start` (scripts/start.mjs) runs one self-contained server;
// the database drivers stay external (native addon, and Prisma's adapters load them at run time).
const TRACE_EXCLUDES = ["data/**", "test/**", "bench/**", ".git/**", "**/*.db", "**/*.db-*", "**/auth.secret", "**/secret.key"];

// Content-Security-Policy of the pages: everything from this origin only (no CDN, no analytics, no third-party
// frame); scripts and styles need 'unsafe-inline' because Next streams its payload in inline scripts without a
// nonce and React/recharts write style attributes. `next dev` also needs eval for its fast refresh. No form-action:
// a connection's server action redirects (303) to the bank's authorization page, which form-action would block.
const CSP = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** @type {import("next").NextConfig} */
const nextConfig = {
  output: "standalone",
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg", "bcryptjs"],
  poweredByHeader: false,
  // Run-time paths (the data directory, migrations) are computed from the environment; never let tracing pull
  // user data, tests or benchmarks into the standalone output.
  // (Routes only: a trace that pulls in the whole project from elsewhere is pruned by scripts/copy-static.mjs.)
  outputFileTracingExcludes: { "*": TRACE_EXCLUDES },
  reactStrictMode: true,
  // Every page's <title> in the first bytes of its HTML (no streamed metadata): screen readers, browser history and
  // axe see the title at once, not after the page body (a journey once ran axe before a streamed title arrived).
  htmlLimitedBots: /.*/,
  // `npm run typecheck` (and CI) type-check the whole repository, tests and benchmarks included; the build that
  // `npm start` runs on a user's machine must not fail on a type-only issue outside the app.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Bank exports are uploaded through /api/v1/imports (its own cap); server actions only carry forms.
    serverActions: { bodySizeLimit: "1mb" },
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
      {
        // Nothing may frame the app, except our own bill viewer framing a bill's PDF (that route sends
        // `Content-Security-Policy: frame-ancestors 'self'` itself).
        source: "/((?!api/bills/[^/]+/file).*)",
        headers: [{ key: "X-Frame-Options", value: "DENY" }, { key: "Content-Security-Policy", value: CSP }],
      },
    ];
  },
};

module.exports = nextConfig;
