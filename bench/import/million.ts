/**
 * Child process of the import suite: imports one large CSV file into an existing database and reports its own
 * peak RSS (the parent's memory must not count). Usage: tsx bench/import/million.ts DB_URL HOUSEHOLD_ID FILE
 */
import fs from "node:fs";
import { commitImport } from "../../lib/import";
import { householdIn } from "./setup";
import { raw } from "../../lib/db/raw";

async function main() {
  const [url, householdId, file] = process.argv.slice(2);
  if (!url || !householdId || !file) throw new Error("usage: million.ts DB_URL HOUSEHOLD_ID FILE");
  const ctx = await householdIn(url, householdId);
  const started = performance.now();
  const bytes = new Uint8Array(fs.readFileSync(file));
  const result = await commitImport(ctx, { fileName: "million.csv", bytes, target: { newAccount: { name: "Million" } } });
  const seconds = (performance.now() - started) / 1000;
  await raw().close();
  console.log(JSON.stringify({ rows: result.new, seconds, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
