import js from "@eslint/js";
import tseslint from "typescript-eslint";

// Pure modules (parsers, rules, models, matchers, chart shaping) must not reach for the database, Next or the
// file system: they take plain data and return plain data (DESIGN.md).
const pureModules = [
  "lib/money/**", "lib/dates.ts", "lib/aggregators/file/**", "lib/categorizer/rules/**", "lib/categorizer/model/**",
  "lib/categorizer/dictionary/**", "lib/categorizer/tree/**", "lib/categorizer/normalize/**", "lib/reconcile/bills.ts",
  "lib/konnectors/einvoice/**", "lib/insights/shape/**", "lib/categorizer/categorize.ts", "lib/reconcile/assign.ts",
  "lib/reconcile/brands.ts", "lib/reconcile/candidates.ts", "lib/reconcile/combinations.ts", "lib/reconcile/combine.ts",
  "lib/reconcile/context.ts", "lib/reconcile/credits.ts", "lib/reconcile/criteria.ts", "lib/reconcile/debits.ts",
  "lib/reconcile/hungarian.ts", "lib/reconcile/input.ts", "lib/reconcile/ledger.ts", "lib/reconcile/score.ts",
  "lib/reconcile/transfers.ts", "lib/insights/recurrences/detect.ts", "lib/insights/recurrences/cadence.ts",
  "lib/insights/recurrences/forecast.ts", "lib/insights/recurrences/stats.ts", "lib/insights/recurrences/clusters.ts",
  "lib/insights/recurrences/compact.ts", "lib/insights/recurrences/attach.ts", "lib/aggregators/api/simplefin/protocol.ts",
  "lib/aggregators/api/gocardless/map.ts", "lib/aggregators/api/enablebanking/map.ts", "lib/demo/ledger/**",
];
const impureImports = {
  patterns: [
    { group: ["**/db/*", "**/db", "@prisma/*", "**/generated/*"], message: "Pure modules take plain data: no database access here." },
    { group: ["next", "next/*", "react", "react-dom"], message: "Pure modules do not depend on Next or React." },
  ],
  paths: [
    { name: "node:fs", message: "Pure modules do not touch the file system." },
    { name: "fs", message: "Pure modules do not touch the file system." },
    { name: "node:fs/promises", message: "Pure modules do not touch the file system." },
  ],
};

export default tseslint.config(
  { ignores: ["node_modules/", ".next/", "src/generated/", "data/", "next-env.d.ts", "bench/out/", "test-results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", Buffer: "readonly", URL: "readonly", fetch: "readonly", setTimeout: "readonly", clearTimeout: "readonly", setInterval: "readonly", clearInterval: "readonly", TextDecoder: "readonly", TextEncoder: "readonly", crypto: "readonly", __dirname: "readonly", structuredClone: "readonly", AbortController: "readonly", AbortSignal: "readonly", Response: "readonly", Request: "readonly", Headers: "readonly", FormData: "readonly", Blob: "readonly", File: "readonly", performance: "readonly", queueMicrotask: "readonly", WebAssembly: "readonly", window: "readonly", document: "readonly", navigator: "readonly", localStorage: "readonly", setImmediate: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "no-console": "off",
    },
  },
  {
    files: pureModules.map((p) => (p.endsWith(".ts") ? p : `${p}/*.ts`)).concat(pureModules.filter((p) => p.endsWith("/**")).map((p) => `${p.slice(0, -3)}/**/*.ts`)),
    ignores: ["**/*.test.ts"],
    rules: { "no-restricted-imports": ["error", impureImports] },
  },
);
