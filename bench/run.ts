/**
 * npm run bench -- SUITE [--json] [suite options]
 * Each suite measures and returns a flat object of figures; this runner prints it and appends a dated row
 * to bench/BENCHMARKS.md. Benchmarks measure; tests assert behaviour.
 */
import fs from "node:fs";
import path from "node:path";

export type Figures = Record<string, number | string | boolean | null>;
export type Suite = (args: string[]) => Promise<Figures>;

const suites: Record<string, () => Promise<Suite>> = {
  import: async () => (await import("./import/suite")).default,
  match: async () => (await import("./match/suite")).suite,
  categorize: async () => (await import("./categorize/suite")).categorizeSuite,
  insights: async () => (await import("./insights/suite")).insightsSuite,
  "insights-insert": async () => (await import("./insights/insert-cost")).insertCostSuite,
  "raw-insert": async () => (await import("./raw/insert")).rawInsertSuite,
};

async function main() {
  const [name, ...rest] = process.argv.slice(2);
  const json = rest.includes("--json");
  const args = rest.filter((a) => a !== "--json");
  const load = name ? suites[name] : undefined;
  if (!load) {
    console.error(`usage: npm run bench -- <${Object.keys(suites).join("|")}> [--json]`);
    process.exitCode = 2;
    return;
  }
  const suite = await load();
  const figures = { suite: name!, ...(await suite(args)), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
  if (json) console.log(JSON.stringify(figures));
  else for (const [key, value] of Object.entries(figures)) console.log(`${key.padEnd(24)} ${value}`);
  appendResult(figures);
}

function appendResult(figures: Figures) {
  const file = path.join(__dirname, "BENCHMARKS.md");
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, "# Benchmarks\n\nAppended by `npm run bench -- SUITE`: one row per run (date, suite, figures as JSON). Machine: 2 cores, 24 GiB (the project's standard machine).\n\n| date | suite | figures |\n|---|---|---|\n");
  }
  const { suite, ...rest } = figures;
  fs.appendFileSync(file, `| ${new Date().toISOString().slice(0, 16).replace("T", " ")} | ${suite} | \`${JSON.stringify(rest)}\` |\n`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
