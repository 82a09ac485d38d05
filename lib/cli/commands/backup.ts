import { parseArgs } from "node:util";
import type { Command } from "../types";
import { AppError } from "../../errors";
import { createBackup } from "../../backup/create";

const USAGE = "tirelire backup --out FILE.zip [--json]";

export const command: Command = {
  name: "backup",
  summary: "Consistent snapshot of the database and bill files while the app runs (one zip; restore with `tirelire restore`).",
  usage: USAGE,
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { out: { type: "string" }, json: { type: "boolean" } } });
    if (!values.out) throw new AppError("INVALID_INPUT", `backup needs --out FILE. Usage: ${USAGE}`);
    const { file, manifest } = await createBackup(values.out);
    if (values.json) io.stdout(JSON.stringify({ file, ...manifest }, null, 2));
    else {
      const rows = Object.values(manifest.counts).reduce((sum, n) => sum + n, 0);
      io.stdout(`Backup written to ${file}: ${manifest.provider}, ${rows} rows in ${Object.keys(manifest.counts).length} tables, ${manifest.billFiles} bill files.`);
      if (manifest.hasSecretKey) io.stderr("It contains the secret key that seals connection credentials: keep it as safe as the data directory.");
    }
    for (const missing of manifest.missingBillFiles) io.stderr(`Warning: bill file ${missing} was already missing from the data directory.`);
    return 0;
  },
};
