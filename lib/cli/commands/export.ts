import { parseArgs } from "node:util";
import type { Command } from "../types";
import { AppError } from "../../errors";
import { exportToFile } from "../../export/to-file";
import { importExport } from "../../export/import";
import { resolveHouseholdOption } from "./bills";

const USAGE = "tirelire export [--household ID] --out FILE.zip [--json]";

export const command: Command = {
  name: "export",
  summary: "A household's data in open formats (JSON per entity, transactions.csv, bill files) in one zip.",
  usage: USAGE,
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { household: { type: "string" }, out: { type: "string" }, json: { type: "boolean" } } });
    if (!values.out) throw new AppError("INVALID_INPUT", `export needs --out FILE. Usage: ${USAGE}`);
    const result = await exportToFile(await resolveHouseholdOption(values.household), values.out);
    if (values.json) io.stdout(JSON.stringify(result, null, 2));
    else io.stdout(`Exported household ${result.householdId} to ${result.file}: ${result.counts.transactions ?? 0} transactions, ${result.counts.accounts ?? 0} accounts, ${result.billFiles} bill files.`);
    return 0;
  },
};

const IMPORT_USAGE = "tirelire import-export FILE.zip [--owner EMAIL] [--json]";

export const importCommand: Command = {
  name: "import-export",
  summary: "Import a `tirelire export` archive (a household moving in), whole or not at all.",
  usage: IMPORT_USAGE,
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { owner: { type: "string" }, json: { type: "boolean" } } });
    const [file] = positionals;
    if (!file) throw new AppError("INVALID_INPUT", `import-export needs the export file. Usage: ${IMPORT_USAGE}`);
    // A fresh instance may not be migrated yet (the import's own connection must not share the engine's lock).
    const { deployMigrationsInChild } = await import("../../backup/migrate-child");
    const { databaseUrl } = await import("../../config");
    deployMigrationsInChild(databaseUrl());
    const result = await importExport(file, { ownerEmail: values.owner });
    if (values.json) io.stdout(JSON.stringify(result, null, 2));
    else io.stdout(`Imported household ${result.householdId}: ${result.counts.transactions ?? 0} transactions, ${result.counts.accounts ?? 0} accounts, ${result.billFiles} bill files.${values.owner ? "" : " Add a member with --owner EMAIL, or tirelire household."}`);
    return 0;
  },
};

const COZY_USAGE = "tirelire import-cozy FILE.csv [--household ID] [--json]";

export const importCozyCommand: Command = {
  name: "import-cozy",
  summary: "Import a Cozy Banks CSV export (export-data-banks.csv): accounts, transactions and categories.",
  usage: COZY_USAGE,
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { household: { type: "string" }, json: { type: "boolean" } } });
    const [file] = positionals;
    if (!file) throw new AppError("INVALID_INPUT", `import-cozy needs the CSV file. Usage: ${COZY_USAGE}`);
    const { readFile } = await import("node:fs/promises");
    const { importCozyCsv } = await import("../../export/cozy/import");
    const { operatorContext } = await import("../../auth/guard");
    const result = await importCozyCsv(operatorContext(await resolveHouseholdOption(values.household)), await readFile(file, "utf8"));
    if (values.json) io.stdout(JSON.stringify(result, null, 2));
    else io.stdout(`Cozy Banks import: ${result.transactionsNew} new transactions (${result.transactionsDuplicate} already here), ${result.accountsCreated} accounts created, ${result.accountsMatched} matched.`);
    if (result.unknownCategories.length) io.stderr(`Unknown categories left uncategorized: ${result.unknownCategories.join(", ")}`);
    return 0;
  },
};
