import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { CliIo, Command } from "../types";
import { AppError } from "../../errors";

const USAGE = [
  "tirelire bills parse FILE [--json]",
  "tirelire bills import FILE… [--household ID] [--json]",
  "tirelire bills push BILLS.json [--file PDF] [--household ID] [--konnector NAME] [--json]",
].join("\n       ");

/** Reads a file the operator named, turning file-system errors into one clear message. */
export function readInputFile(file: string): Uint8Array {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new AppError("INVALID_INPUT", `${file} is not a file`);
    return new Uint8Array(fs.readFileSync(file));
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : (error as Error).message;
    throw new AppError("INVALID_INPUT", `Cannot read ${file}: ${reason}`);
  }
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
      default:
        throw new AppError("INVALID_INPUT", `Unknown action "${action ?? ""}". Usage: ${USAGE}`);
    }
  },
};
