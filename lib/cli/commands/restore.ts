import { parseArgs } from "node:util";
import type { Command } from "../types";
import { AppError } from "../../errors";
import { restoreBackup } from "../../backup/restore";

const USAGE = "tirelire restore FILE.zip [--json]   (into an empty instance: DATABASE_URL / TIRELIRE_DATA_DIR)";

export const command: Command = {
  name: "restore",
  summary: "Restore a `tirelire backup` archive into an empty instance, whole or not at all.",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: "boolean" } } });
    const [file] = positionals;
    if (!file) throw new AppError("INVALID_INPUT", `restore needs the backup file. Usage: ${USAGE}`);
    const result = await restoreBackup(file);
    if (values.json) io.stdout(JSON.stringify({ rows: result.rows, billFiles: result.billFiles, warnings: result.warnings, backup: result.manifest }, null, 2));
    else {
      const rows = Object.values(result.rows).reduce((sum, n) => sum + n, 0);
      io.stdout(`Restored ${rows} rows and ${result.billFiles} bill files from a ${result.manifest.provider} backup of ${result.manifest.createdAt}.`);
    }
    for (const warning of result.warnings) io.stderr(`Warning: ${warning}`);
    return 0;
  },
};
