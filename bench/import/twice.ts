/**
 * Child process of the import suite: generates a synthetic file, imports it into a new account, then imports it
 * again (all duplicates), and prints the figures as JSON. Its own process so that its memory does not count in
 * the suite's peak RSS, which the runner reports for the million-row import.
 * Usage: tsx bench/import/twice.ts csv|ofx ROWS DB_URL HOUSEHOLD_ID
 */
import { commitImport, type ImportTarget } from "../../lib/import";
import type { HouseholdContext } from "../../lib/auth/guard";
import { raw } from "../../lib/db/raw";
import { syntheticCsv, syntheticOfx } from "./generate";
import { householdIn } from "./setup";
import { trackThreadCpu } from "./threads";

async function timedImport(ctx: HouseholdContext, fileName: string, bytes: Uint8Array, target: ImportTarget) {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const threads = trackThreadCpu();
  const result = await commitImport(ctx, { fileName, bytes, target });
  const cpu = process.cpuUsage(cpuBefore);
  return { result, seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, ...threads.stop() };
}

const round = (seconds: number) => Math.round(seconds * 100) / 100;

async function main() {
  const [format, rowsText, url, householdId] = process.argv.slice(2);
  if ((format !== "csv" && format !== "ofx") || !rowsText || !url || !householdId) throw new Error("usage: twice.ts csv|ofx ROWS DB_URL HOUSEHOLD_ID");
  const rows = Number(rowsText);
  const ctx = await householdIn(url, householdId);
  const bytes = format === "csv" ? syntheticCsv(rows) : syntheticOfx(rows);
  const fileName = `bench.${format}`;
  const first = await timedImport(ctx, fileName, bytes, { newAccount: { name: fileName } });
  if (first.result.new !== rows) throw new Error(`${fileName}: expected ${rows} new rows, got ${first.result.new}`);
  const again = await timedImport(ctx, fileName, bytes, { accountId: first.result.accounts[0]!.accountId });
  if (again.result.new !== 0 || again.result.duplicates !== rows) throw new Error(`${fileName}: re-import wrote ${again.result.new} rows`);
  await raw().close();
  console.log(JSON.stringify({
    rowsPerSec: Math.round(rows / first.seconds), reimportRowsPerSec: Math.round(rows / again.seconds),
    seconds: first.seconds, reimportSeconds: again.seconds, cpuRowsPerSec: Math.round(rows / first.cpuSeconds),
    cpuReimportRowsPerSec: Math.round(rows / again.cpuSeconds),
    mainThreadCpuSeconds: round(first.mainCpuSeconds), writerThreadCpuSeconds: round(first.busiestOtherCpuSeconds),
    reimportMainThreadCpuSeconds: round(again.mainCpuSeconds), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
