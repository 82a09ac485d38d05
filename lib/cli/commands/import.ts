import path from "node:path";
import { parseArgs } from "node:util";
import type { Command } from "../types";
import { AppError } from "../../errors";
import { operatorContext } from "../../auth/guard";
import { listHouseholds } from "../../households/users";
import { commitImport, previewImport, type ImportInput, type ImportResult, type ImportTarget, type RowDecision } from "../../import";
import { resolveProfileArg } from "../../import/profile-arg";
import { readInputFile } from "../../import/read-file";
import { formatOption } from "./parse";
import { followUpImport } from "../../import/follow-up";

async function resolveHousehold(wanted: string | undefined): Promise<string> {
  const households = await listHouseholds();
  if (wanted) {
    if (!households.some((h) => h.id === wanted)) throw new AppError("NOT_FOUND", `Household ${wanted} not found.`);
    return wanted;
  }
  if (households.length === 1) return households[0]!.id;
  if (!households.length) throw new AppError("INVALID_INPUT", "No household yet. Create one with: tirelire user create --email … --password …");
  throw new AppError("INVALID_INPUT", `Several households exist: choose one with --household ID.\n${households.map((h) => `  ${h.id}  ${h.name}`).join("\n")}`);
}

function readable(result: ImportResult): string {
  const lines = [`Import ${result.batchId}: ${result.new} new, ${result.duplicates} duplicate(s), ${result.possibleDuplicates} possible duplicate(s), ${result.skipped} skipped` +
    (result.replaced ? `, ${result.replaced} pending replaced` : "")];
  for (const account of result.accounts) {
    lines.push(`  ${account.name}${account.isNew ? " (created)" : ""} [${account.accountId}]: ${account.new} new, ${account.duplicates} duplicate(s)`);
    if (account.balance) {
      lines.push(`    balance on ${account.balance.date}: bank says ${account.balance.reported}, Tirelire computes ${account.balance.computed}${account.balance.isMatching ? " (matches)" : " (DIFFERS)"}`);
    }
  }
  for (const warning of result.warnings) lines.push(`warning${warning.line !== undefined ? ` (line ${warning.line})` : ""}: ${warning.message}`);
  return lines.join("\n");
}

export const command: Command = {
  name: "import",
  summary: "Import a bank file into an account: duplicates skipped, rows categorized, one transaction.",
  usage: "tirelire import FILE (--account ID | --new-account [--name NAME] | --auto) [--household ID] [--format F] [--encoding E] [--profile NAME|PATH] [--skip-possible-duplicates] [--json]",
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv, allowPositionals: true,
      options: {
        account: { type: "string" }, "new-account": { type: "boolean" }, auto: { type: "boolean" }, name: { type: "string" },
        household: { type: "string" }, format: { type: "string" }, encoding: { type: "string" }, profile: { type: "string" },
        "skip-possible-duplicates": { type: "boolean" }, json: { type: "boolean" },
      },
    });
    const [file, ...extra] = positionals;
    if (!file || extra.length) throw new AppError("INVALID_INPUT", `Give exactly one FILE. Usage: ${this.usage}`);
    const chosen = [values.account !== undefined, values["new-account"] === true, values.auto === true].filter(Boolean).length;
    if (chosen !== 1) throw new AppError("INVALID_INPUT", `Choose one of --account ID, --new-account or --auto. Usage: ${this.usage}`);
    const target: ImportTarget = values.account !== undefined ? { accountId: values.account } : values.auto ? "auto" : { newAccount: values.name ? { name: values.name } : {} };
    const ctx = operatorContext(await resolveHousehold(values.household));
    const input: ImportInput = {
      fileName: path.basename(file), bytes: readInputFile(file), target, format: formatOption(values.format), encoding: values.encoding,
      ...(values.profile ? { csvProfile: await resolveProfileArg(values.profile) } : {}),
    };
    if (values["skip-possible-duplicates"]) {
      const preview = await previewImport(ctx, input);
      const decisions: Record<string, RowDecision> = {};
      for (const row of preview.rows) if (row.status === "possible_duplicate") decisions[row.rowKey] = "skip";
      input.decisions = decisions;
    }
    const result = await commitImport(ctx, input);
    await followUpImport(ctx, { importBatchId: result.batchId });
    if (values.json) {
      io.stdout(JSON.stringify({
        batchId: result.batchId, accounts: result.accounts.length, new: result.new, duplicates: result.duplicates,
        possibleDuplicates: result.possibleDuplicates, skipped: result.skipped, warnings: result.warnings.length, replaced: result.replaced,
        details: { accounts: result.accounts, warnings: result.warnings },
      }));
    } else io.stdout(readable(result));
    return 0;
  },
};
