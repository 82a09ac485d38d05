/**
 * npm run bench -- import [--json] [--rows N] [--million N] [--repeat N]
 * End to end into a fresh SQLite file (parse, dedup, categorize, write): a 100,000-row CSV and a 100,000-row OFX,
 * each imported then re-imported (all duplicates), each in a child process; then a 1,000,000-row CSV imported
 * in this process, so the runner's peakRssMb is the million-row figure. Targets (issue 3): ≥ 50,000 rows/s,
 * re-import at least as fast, 1M rows < 400 MB. The 100k pair runs --repeat times (default 3), each time in a
 * fresh database, and each format reports its median run: one run says more about the machine's neighbours.
 * The wall-clock figures depend on what else runs on the machine; cpuRowsPerSec counts this process's CPU only
 * (all its threads: main, the import's writer thread, GC helpers). mainThreadCpuSeconds and writerThreadCpuSeconds
 * split it per thread (Linux): the larger of the two bounds the wall time on two otherwise idle cores.
 */
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import type { Figures } from "../run";
import { commitImport } from "../../lib/import";
import { readInputFile } from "../../lib/import/read-file";
import { writeSyntheticCsv } from "./generate";
import { freshDatabase, householdIn } from "./setup";
import { trackThreadCpu } from "./threads";

interface TwiceFigures {
  rowsPerSec: number;
  reimportRowsPerSec: number;
  seconds: number;
  reimportSeconds: number;
  cpuRowsPerSec: number;
  cpuReimportRowsPerSec: number;
  mainThreadCpuSeconds: number;
  writerThreadCpuSeconds: number;
  reimportMainThreadCpuSeconds: number;
  peakRssMb: number;
}

function option(args: string[], name: string, fallback: number): number {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] ? Number(args[index + 1]) : fallback;
}

function importTwiceInChild(format: "csv" | "ofx", rows: number, url: string, householdId: string): TwiceFigures {
  const out = execFileSync(process.execPath, ["--import", "tsx", path.join(path.dirname(__filename), "twice.ts"), format, String(rows), url, householdId], {
    encoding: "utf8", stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(out.trim().split("\n").pop()!) as TwiceFigures;
}

const round = (seconds: number) => Math.round(seconds * 100) / 100;

/** The CSV then the OFX, into one new database (the OFX lands next to the CSV's rows, as a household's second file). */
async function importPairInFreshDatabase(rows: number): Promise<{ csv: TwiceFigures; ofx: TwiceFigures }> {
  const { dir, url } = await freshDatabase();
  try {
    const ctx = await householdIn(url);
    const csv = importTwiceInChild("csv", rows, url, ctx.householdId);
    const ofx = importTwiceInChild("ofx", rows, url, ctx.householdId);
    return { csv, ofx };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export default async function importSuite(args: string[]): Promise<Figures> {
  const rows = option(args, "--rows", 100_000);
  const millionRows = option(args, "--million", 1_000_000);
  const repeat = Math.max(1, option(args, "--repeat", 3));
  const runs: { csv: TwiceFigures; ofx: TwiceFigures }[] = [];
  for (let i = 0; i < repeat; i++) runs.push(await importPairInFreshDatabase(rows));
  const median = (format: "csv" | "ofx") => runs.map((r) => r[format]).sort((a, b) => a.rowsPerSec - b.rowsPerSec)[Math.floor((repeat - 1) / 2)]!;
  const csv = median("csv");
  const ofx = median("ofx");
  const { dir, url } = await freshDatabase();
  try {
    const ctx = await householdIn(url);

    const bigFile = path.join(dir, "million.csv");
    writeSyntheticCsv(bigFile, millionRows, 1234);
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const threads = trackThreadCpu();
    const bytes = readInputFile(bigFile); // as the CLI reads it
    const million = await commitImport(ctx, { fileName: "million.csv", bytes, target: { newAccount: { name: "Million" } } });
    const millionSeconds = (performance.now() - started) / 1000;
    const millionCpu = process.cpuUsage(cpuBefore);
    const millionThreads = threads.stop();
    if (million.new !== millionRows) throw new Error(`million.csv: expected ${millionRows} new rows, got ${million.new}`);
    const rowsPerSec = Math.min(csv.rowsPerSec, ofx.rowsPerSec);
    const reimportRowsPerSec = Math.min(csv.reimportRowsPerSec, ofx.reimportRowsPerSec);
    const millionPeakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    return {
      rows, rowsPerSec, reimportRowsPerSec,
      csvRowsPerSec: csv.rowsPerSec, csvReimportRowsPerSec: csv.reimportRowsPerSec, ofxRowsPerSec: ofx.rowsPerSec, ofxReimportRowsPerSec: ofx.reimportRowsPerSec,
      csvCpuRowsPerSec: csv.cpuRowsPerSec, csvCpuReimportRowsPerSec: csv.cpuReimportRowsPerSec, ofxCpuRowsPerSec: ofx.cpuRowsPerSec, ofxCpuReimportRowsPerSec: ofx.cpuReimportRowsPerSec,
      csvSeconds: round(csv.seconds), ofxSeconds: round(ofx.seconds),
      csvMainThreadCpuSeconds: csv.mainThreadCpuSeconds, csvWriterThreadCpuSeconds: csv.writerThreadCpuSeconds, csvReimportMainThreadCpuSeconds: csv.reimportMainThreadCpuSeconds,
      ofxMainThreadCpuSeconds: ofx.mainThreadCpuSeconds, ofxWriterThreadCpuSeconds: ofx.writerThreadCpuSeconds, ofxReimportMainThreadCpuSeconds: ofx.reimportMainThreadCpuSeconds,
      csvRunsRowsPerSec: runs.map((r) => r.csv.rowsPerSec).join(" "), ofxRunsRowsPerSec: runs.map((r) => r.ofx.rowsPerSec).join(" "),
      hundredKPeakRssMb: Math.max(csv.peakRssMb, ofx.peakRssMb),
      millionRows: million.new, millionRowsPerSec: Math.round(million.new / millionSeconds), millionSeconds: round(millionSeconds),
      millionCpuRowsPerSec: Math.round(million.new / ((millionCpu.user + millionCpu.system) / 1e6)),
      millionMainThreadCpuSeconds: round(millionThreads.mainCpuSeconds), millionWriterThreadCpuSeconds: round(millionThreads.busiestOtherCpuSeconds), millionPeakRssMb,
      loadAverage: Number((await import("node:os")).loadavg()[0]!.toFixed(1)),
      isTargetMet: rowsPerSec >= 50_000 && reimportRowsPerSec >= rowsPerSec && millionPeakRssMb < 400,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
