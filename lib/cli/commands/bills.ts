import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { CliIo, Command } from "../types";
import { AppError } from "../../errors";

const USAGE = [
  "tirelire bills parse FILE [--json]",
  "tirelire bills import FILE… [--household ID] [--json]",
  "tirelire bills push BILLS.json [--file PDF] [--household ID] [--konnector NAME] [--json]",
  "tirelire bills run [KONNECTOR] [--household ID] [--json]        (default einvoice: reads the inbox folder)",
  "tirelire bills schedule KONNECTOR \"CRON\"|off [--household ID]   (UTC, e.g. \"0 6 * * *\")",
].join("\n       ");

// E-invoices and bill files are capped at 20 MB downstream; a bills JSON may be bigger but not unbounded.
const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** Reads a file the operator named, turning file-system errors into one clear message. */
export function readInputFile(file: string, maxBytes = MAX_INPUT_BYTES): Uint8Array {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new AppError("INVALID_INPUT", `${file} is not a file`);
    // Checked before reading: a multi-gigabyte file must not be loaded just to be refused.
    if (stat.size > maxBytes) throw new AppError("TOO_LARGE", `${file} is ${stat.size} bytes; the limit is ${maxBytes} bytes`);
    return new Uint8Array(fs.readFileSync(file));
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : (error as Error).message;
    throw new AppError("INVALID_INPUT", `Cannot read ${file}: ${reason}`);
  }
}

/** --household ID, else the only household; several households require the option. */
export async function resolveHouseholdOption(wanted: string | undefined): Promise<string> {
  const { listHouseholds } = await import("../../households/users");
  const households = await listHouseholds();
  if (wanted) {
    if (!households.some((h) => h.id === wanted)) throw new AppError("NOT_FOUND", `Household ${wanted} not found.`);
    return wanted;
  }
  const [only] = households;
  if (households.length === 1 && only) return only.id;
  if (!households.length) throw new AppError("INVALID_INPUT", "No household yet. Create one with: tirelire user create --email … --password …");
  throw new AppError("INVALID_INPUT", `Several households exist: choose one with --household ID.\n${households.map((h) => `  ${h.id}  ${h.name}`).join("\n")}`);
}

async function importAction(rest: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { household: { type: "string" }, json: { type: "boolean" } } });
  if (!positionals.length) throw new AppError("INVALID_INPUT", `bills import needs at least one FILE. Usage: ${USAGE}`);
  const files = positionals.map((file) => ({ bytes: readInputFile(file), name: path.basename(file) }));
  const { operatorContext } = await import("../../auth/guard");
  const ctx = operatorContext(await resolveHouseholdOption(values.household));
  const { runKonnector } = await import("../../konnectors/run");
  const result = await runKonnector(ctx, "einvoice", { files, includeScheduledSources: false });
  if (values.json) io.stdout(JSON.stringify(result, null, 2));
  else {
    for (const item of result.items) {
      if (item.status === "failed") io.stderr(`${item.source}: not imported: ${item.error}`);
      else io.stdout(`${item.source}: ${item.created ? "imported" : "already imported"} (bill ${item.billIds.join(", ")})`);
    }
    io.stdout(`${result.created} new, ${result.existing} already known, ${result.failed} failed (run ${result.runId}).`);
  }
  return result.failed ? 2 : 0;
}

async function pushAction(rest: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { file: { type: "string" }, household: { type: "string" }, konnector: { type: "string" }, json: { type: "boolean" } },
  });
  const [billsFile] = positionals;
  if (!billsFile || positionals.length > 1) throw new AppError("INVALID_INPUT", `bills push takes one BILLS.json. Usage: ${USAGE}`);
  const { billsFromJson } = await import("../../konnectors/push-request");
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(readInputFile(billsFile)));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("INVALID_INPUT", `${billsFile} is not valid JSON: ${(error as Error).message}`);
  }
  const file = values.file ? { bytes: readInputFile(values.file), name: path.basename(values.file) } : null;
  const { operatorContext } = await import("../../auth/guard");
  const ctx = operatorContext(await resolveHouseholdOption(values.household));
  const { pushBills } = await import("../../konnectors/push");
  // The operator is trusted: the same path as the push API, with the konnector named on the command line.
  const result = await pushBills({ tokenId: "cli", ctx, scopes: ["bills"], konnector: values.konnector ?? "manual" }, { bills: billsFromJson(parsed), file });
  if (values.json) io.stdout(JSON.stringify(result, null, 2));
  else io.stdout(`${result.created} new, ${result.existing} already known (konnector ${result.konnector}${result.fileId ? `, file ${result.fileId}` : ""}).`);
  return 0;
}

async function runAction(rest: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { household: { type: "string" }, json: { type: "boolean" } } });
  const { operatorContext } = await import("../../auth/guard");
  const ctx = operatorContext(await resolveHouseholdOption(values.household));
  const { runKonnector } = await import("../../konnectors/run");
  const result = await runKonnector(ctx, positionals[0] ?? "einvoice", { includeScheduledSources: true });
  if (values.json) io.stdout(JSON.stringify(result, null, 2));
  else io.stdout(`${result.status}: ${result.created} new, ${result.existing} already known, ${result.failed} failed${result.error ? ` (${result.error})` : ""}.`);
  return result.status === "succeeded" ? 0 : 1;
}

async function scheduleAction(rest: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { household: { type: "string" } } });
  const [slug, cron] = positionals;
  if (!slug || !cron) throw new AppError("INVALID_INPUT", `bills schedule takes a konnector and a cron expression (or off). Usage: ${USAGE}`);
  const { getKonnector } = await import("../../konnectors/registry");
  getKonnector(slug);
  const { operatorContext } = await import("../../auth/guard");
  const ctx = operatorContext(await resolveHouseholdOption(values.household));
  const { configureKonnector } = await import("../../konnectors/configure");
  const row = await configureKonnector(ctx, { slug, schedule: cron === "off" ? null : cron });
  io.stdout(row.schedule ? `${slug} runs on "${row.schedule}" (UTC).` : `${slug} is no longer scheduled.`);
  return 0;
}

async function parseAction(rest: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { json: { type: "boolean" } } });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new AppError("INVALID_INPUT", `bills parse takes exactly one FILE. Usage: ${USAGE}`);
  const { parseEInvoice } = await import("../../konnectors/einvoice/parse");
  const { bill } = parseEInvoice(readInputFile(file));
  if (values.json) {
    io.stdout(JSON.stringify(bill, null, 2));
    return 0;
  }
  const amount = bill.amount ? `${bill.isRefund ? "refund " : ""}${bill.amount} ${bill.currency ?? ""}`.trim() : "amount unknown";
  io.stdout(`${path.basename(file)}: ${bill.vendor ?? "unknown vendor"} ${bill.vendorRef ?? ""} — ${amount}, dated ${bill.date ?? "?"}${bill.dueDate ? `, due ${bill.dueDate}` : ""} (${bill.type}, ${bill.details.format})`);
  if (bill.status === "to_complete") io.stdout("No embedded e-invoice data: the values above are guesses from the PDF text, to be completed by hand.");
  for (const warning of bill.details.warnings) io.stderr(`warning: ${warning}`);
  return 0;
}

export const command: Command = {
  name: "bills",
  summary: "Bills: parse an e-invoice, import e-invoices, push bills JSON.",
  usage: USAGE,
  async run(argv, io) {
    const [action, ...rest] = argv;
    switch (action) {
      case "parse":
        return parseAction(rest, io);
      case "import":
        return importAction(rest, io);
      case "push":
        return pushAction(rest, io);
      case "run":
        return runAction(rest, io);
      case "schedule":
        return scheduleAction(rest, io);
      default:
        throw new AppError("INVALID_INPUT", `Unknown action "${action ?? ""}". Usage: ${USAGE}`);
    }
  },
};
