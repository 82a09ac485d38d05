/**
 * npm run bench -- match [--json] [--bills N] [--transactions M]
 * 100,000 bills against 1,000,000 transactions on SQLite: matchHousehold end to end (load through the indexes,
 * pure match, write the links in one transaction), then a second, idempotent run. Also checks the result
 * against the generator's truth (debit precision and recall). Wall time depends on what else the machine runs:
 * the process's CPU time per phase and a contention factor (wall ÷ CPU of a CPU-bound loop) are reported too.
 */
import os from "node:os";
import { performance } from "node:perf_hooks";
import type { Suite } from "../run";
import { generateBenchData } from "./generate";

function numberArg(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} expects a positive integer`);
  return value;
}

/** Wall ÷ CPU time of a short CPU-bound loop: 1 on an idle machine, 3 when other work takes two thirds of it. */
function contentionFactor(): number {
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  let x = 0;
  for (let i = 0; i < 200_000_000; i++) x += i % 7;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return x < 0 ? 0 : Math.round(((performance.now() - wallStart) / Math.max(1, cpuMs)) * 10) / 10;
}

export const suite: Suite = async (args) => {
  const bills = numberArg(args, "--bills", 100_000);
  const transactions = numberArg(args, "--transactions", 1_000_000);
  const generatedAt = performance.now();
  const data = await generateBenchData(bills, transactions);
  const generateMs = Math.round(performance.now() - generatedAt);
  process.env.DATABASE_URL = data.url;
  const { raw } = await import("../../lib/db/raw");
  const { operatorContext } = await import("../../lib/auth/guard");
  const { matchHousehold } = await import("../../lib/reconcile/run");
  await raw().run(`DELETE FROM "BillLink"`);

  const started = performance.now();
  const report = await matchHousehold(operatorContext(data.householdId));
  const totalMs = Math.round(performance.now() - started);
  const rerunStarted = performance.now();
  const rerun = await matchHousehold(operatorContext(data.householdId));
  const rerunMs = Math.round(performance.now() - rerunStarted);

  const [truth] = await raw().all<{ paid: bigint }>(`SELECT COUNT(*) AS "paid" FROM "Transaction" WHERE "id" LIKE 'tx-d-%'`);
  const [found] = await raw().all<{ debits: bigint; correct: bigint }>(
    `SELECT COUNT(*) AS "debits", SUM(CASE WHEN "transactionId" = 'tx-d-' || substr("billId", 6) THEN 1 ELSE 0 END) AS "correct" FROM "BillLink" WHERE "kind" = 'debit'`,
  );
  const debits = Number(found?.debits ?? 0n);
  const correct = Number(found?.correct ?? 0n);
  await raw().close();
  return {
    rows: bills,
    transactions,
    candidateTransactions: report.transactions,
    linksCreated: report.linksCreated,
    totalMs,
    loadMs: report.timingsMs.load,
    matchMs: report.timingsMs.match,
    writeMs: report.timingsMs.write,
    cpuMs: report.cpuMs.load + report.cpuMs.match + report.cpuMs.write,
    loadCpuMs: report.cpuMs.load,
    matchCpuMs: report.cpuMs.match,
    writeCpuMs: report.cpuMs.write,
    loadAverage1m: Math.round(os.loadavg()[0]! * 10) / 10,
    contentionFactor: contentionFactor(),
    rowsPerSec: Math.round((bills * 1000) / Math.max(1, totalMs)),
    rerunMs,
    rerunLinksKept: rerun.linksKept,
    debitPrecision: debits ? Math.round((correct / debits) * 10_000) / 10_000 : null,
    debitRecall: Math.round((correct / Number(truth?.paid ?? 1n)) * 10_000) / 10_000,
    generateMs,
    isUnder10s: totalMs < 10_000,
    isCpuUnder10s: report.cpuMs.load + report.cpuMs.match + report.cpuMs.write < 10_000,
  };
};
