import path from "node:path";
import { parseArgs } from "node:util";
import type { Command } from "../types";
import { AppError } from "../../errors";
import type { FileFormat, ParseResult } from "../../aggregators/types";
import { parseImportFile } from "../../import/parse-input";
import { toStatementJson } from "../../import/statement-json";
import { resolveProfileArg } from "../../import/profile-arg";
import { readInputFile } from "../../import/read-file";

export const FORMATS: readonly FileFormat[] = ["ofx", "qif", "csv", "camt", "mt940"];

export function formatOption(value: string | undefined): FileFormat | undefined {
  if (value === undefined) return undefined;
  const format = value.toLowerCase() === "qfx" ? "ofx" : value.toLowerCase();
  if (!FORMATS.includes(format as FileFormat)) throw new AppError("INVALID_INPUT", `Unknown format "${value}": use one of ${FORMATS.join(", ")}.`);
  return format as FileFormat;
}

function summary(file: string, result: ParseResult): string {
  const lines = [`${path.basename(file)}: ${result.format.toUpperCase()}, ${result.encoding}, ${result.statements.length} statement(s)`];
  result.statements.forEach((statement, index) => {
    const { account } = statement;
    const identity = account.iban ?? account.number ?? account.externalId ?? account.name ?? "account not named in the file";
    const dates = statement.transactions.map((t) => t.date).sort();
    lines.push(`  ${index + 1}. ${identity} (${account.type}${account.currency ? `, ${account.currency}` : ""}): ${statement.transactions.length} transaction(s)` +
      (dates.length ? ` from ${dates[0]} to ${dates[dates.length - 1]}` : ""));
    if (statement.openingBalance) lines.push(`     opening balance ${statement.openingBalance.amount}${statement.openingBalance.date ? ` on ${statement.openingBalance.date}` : ""}`);
    if (statement.closingBalance) lines.push(`     closing balance ${statement.closingBalance.amount}${statement.closingBalance.date ? ` on ${statement.closingBalance.date}` : ""}`);
    for (const tx of statement.transactions.slice(0, 5)) lines.push(`     ${tx.date}  ${tx.amount.padStart(12)}  ${tx.label}${tx.pending ? "  (pending)" : ""}`);
    if (statement.transactions.length > 5) lines.push(`     … ${statement.transactions.length - 5} more`);
  });
  for (const warning of result.warnings) lines.push(`warning${warning.line !== undefined ? ` (line ${warning.line})` : ""}: ${warning.message}`);
  return lines.join("\n");
}

export const command: Command = {
  name: "parse",
  summary: "Read a bank file (OFX/QFX, QIF, CSV, CAMT, MT940) and print what it holds; writes nothing.",
  usage: "tirelire parse FILE [--format ofx|qif|csv|camt|mt940] [--encoding NAME] [--profile NAME|PATH] [--json]",
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv, allowPositionals: true,
      options: { format: { type: "string" }, encoding: { type: "string" }, profile: { type: "string" }, json: { type: "boolean" } },
    });
    const [file, ...extra] = positionals;
    if (!file || extra.length) throw new AppError("INVALID_INPUT", `Give exactly one FILE. Usage: ${this.usage}`);
    const bytes = readInputFile(file);
    const result = parseImportFile({
      bytes, format: formatOption(values.format), encoding: values.encoding,
      ...(values.profile ? { csvProfile: await resolveProfileArg(values.profile) } : {}),
    });
    io.stdout(values.json ? JSON.stringify(toStatementJson(result)) : summary(file, result));
    return 0;
  },
};
