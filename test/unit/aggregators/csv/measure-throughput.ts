/**
 * Parse throughput of the CSV adapter on a synthetic export (not a test: a measurement, run by hand).
 *   npx tsx test/unit/aggregators/csv/measure-throughput.ts generate /tmp/tx.csv 100000
 *   npx tsx test/unit/aggregators/csv/measure-throughput.ts measure /tmp/tx.csv [parse|stream]
 * Two processes, so the generator's memory does not count in the peak RSS. The export: a preamble, a French
 * header, dd/mm/yyyy, decimal comma, quoted labels with ';', debit/credit columns, a running balance, CRLF.
 */
import fs from "node:fs";
import { parseCsv, streamCsv } from "@/lib/aggregators/file/csv";

function generate(file: string, rows: number): void {
  const out = fs.openSync(file, "w");
  for (let from = 0; from < rows; from += 50_000) fs.writeSync(out, syntheticExport(from, Math.min(rows, from + 50_000)));
  fs.closeSync(out);
}

function syntheticExport(from: number, to: number): Uint8Array {
  const lines = from === 0 ? ["Compte courant n° 12345678901;;;;", "", "Date;Date de valeur;Libellé;Débit;Crédit;Solde"] : [];
  let balanceCents = 100_000_000;
  const start = Date.UTC(2020, 0, 1);
  for (let i = from; i < to; i++) {
    const day = new Date(start + Math.floor(i / 40) * 86_400_000).toISOString().slice(0, 10).split("-").reverse().join("/");
    const cents = 100 + ((i * 7919) % 250_000);
    const isCredit = i % 9 === 0;
    balanceCents += isCredit ? cents : -cents;
    const money = (value: number) => `${value < 0 ? "-" : ""}${Math.floor(Math.abs(value) / 100)},${String(Math.abs(value) % 100).padStart(2, "0")}`;
    lines.push(`${day};${day};"CB CARREFOUR ${i % 977}; PARIS";${isCredit ? "" : money(cents)};${isCredit ? money(cents) : ""};${money(balanceCents)}`);
  }
  return new TextEncoder().encode(lines.join("\r\n") + "\r\n");
}

function measure(file: string, mode: string): void {
  const bytes: Uint8Array = fs.readFileSync(file);
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  let count = 0;
  if (mode === "stream") streamCsv(bytes, {}, (batch) => (count += batch.length));
  else count = parseCsv(bytes).statements[0]!.transactions.length;
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  console.log(JSON.stringify({
    rows: count, mode, megabytes: Math.round(bytes.length / 1e5) / 10, wallMs: Math.round(wallMs), cpuMs: Math.round(cpuMs),
    rowsPerSec: Math.round((count / wallMs) * 1000), rowsPerCpuSec: Math.round((count / cpuMs) * 1000),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }));
}

const [command, file, option] = process.argv.slice(2);
if (command === "generate" && file) generate(file, Number(option ?? 100_000));
else if (command === "measure" && file) measure(file, option ?? "parse");
else console.error("usage: measure-throughput.ts generate FILE ROWS | measure FILE [parse|stream]");
