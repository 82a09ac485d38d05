/**
 * npm run bench -- import [--json] [--rows N] [--million N]
 * End to end into a fresh SQLite file (parse, dedup, categorize, write): a 100,000-row CSV and a 100,000-row OFX,
 * each imported then re-imported (all duplicates); then a 1,000,000-row CSV imported in a child process whose
 * peak RSS is measured. Targets (issue 3): ≥ 50,000 rows/s, re-import at least as fast, 1M rows < 400 MB.
 */
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import type { Figures } from "../run";
import { commitImport, type ImportTarget } from "../../lib/import";
import { raw } from "../../lib/db/raw";
import type { HouseholdContext } from "../../lib/auth/guard";
import { syntheticCsv, syntheticOfx, writeSyntheticCsv } from "./generate";
import { freshDatabase, householdIn } from "./setup";

function option(args: string[], name: string, fallback: number): number {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] ? Number(args[index + 1]) : fallback;
}

async function timedImport(ctx: HouseholdContext, fileName: string, bytes: Uint8Array, target: ImportTarget) {
  const started = performance.now();
  const result = await commitImport(ctx, { fileName, bytes, target });
  return { result, seconds: (performance.now() - started) / 1000 };
}

async function importTwice(ctx: HouseholdContext, fileName: string, bytes: Uint8Array, rows: number) {
  const first = await timedImport(ctx, fileName, bytes, { newAccount: { name: fileName } });
  if (first.result.new !== rows) throw new Error(`${fileName}: expected ${rows} new rows, got ${first.result.new}`);
  const again = await timedImport(ctx, fileName, bytes, { accountId: first.result.accounts[0]!.accountId });
  if (again.result.new !== 0 || again.result.duplicates !== rows) throw new Error(`${fileName}: re-import wrote ${again.result.new} rows`);
  return { rowsPerSec: Math.round(rows / first.seconds), reimportRowsPerSec: Math.round(rows / again.seconds), seconds: first.seconds, reimportSeconds: again.seconds };
}

export default async function importSuite(args: string[]): Promise<Figures> {
  const rows = option(args, "--rows", 100_000);
  const millionRows = option(args, "--million", 1_000_000);
  const { dir, url } = await freshDatabase();
  try {
    const ctx = await householdIn(url);
    const csv = await importTwice(ctx, "bench.csv", syntheticCsv(rows), rows);
    const ofx = await importTwice(ctx, "bench.ofx", syntheticOfx(rows), rows);
    await raw().close();
    delete (globalThis as { tirelireRaw?: unknown }).tirelireRaw;

    const bigFile = path.join(dir, "million.csv");
    writeSyntheticCsv(bigFile, millionRows, 1234);
    const child = execFileSync(process.execPath, ["--import", "tsx", path.join(__dirname, "million.ts"), url, ctx.householdId, bigFile], {
      encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 20,
    });
    const million = JSON.parse(child.trim().split("\n").pop()!) as { rows: number; seconds: number; peakRssMb: number };
    return {
      rows,
      rowsPerSec: Math.min(csv.rowsPerSec, ofx.rowsPerSec),
      reimportRowsPerSec: Math.min(csv.reimportRowsPerSec, ofx.reimportRowsPerSec),
      csvRowsPerSec: csv.rowsPerSec, csvReimportRowsPerSec: csv.reimportRowsPerSec,
      ofxRowsPerSec: ofx.rowsPerSec, ofxReimportRowsPerSec: ofx.reimportRowsPerSec,
      csvSeconds: round(csv.seconds), ofxSeconds: round(ofx.seconds),
      millionRows: million.rows, millionRowsPerSec: Math.round(million.rows / million.seconds), millionSeconds: round(million.seconds),
      millionPeakRssMb: million.peakRssMb,
      isTargetMet: Math.min(csv.rowsPerSec, ofx.rowsPerSec) >= 50_000 && Math.min(csv.reimportRowsPerSec, ofx.reimportRowsPerSec) >= Math.min(csv.rowsPerSec, ofx.rowsPerSec) && million.peakRssMb < 400,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const round = (seconds: number) => Math.round(seconds * 100) / 100;
