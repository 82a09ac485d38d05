import { parseArgs } from "node:util";
import type { Command } from "../types";
import { databaseUrl, providerOf } from "../../config";
import { deployMigrations } from "../../../scripts/migrate-engine.mjs";

export const command: Command = {
  name: "migrate",
  summary: "Apply pending database migrations (SQLite or PostgreSQL, from DATABASE_URL).",
  usage: "tirelire migrate [--json]",
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { json: { type: "boolean" } } });
    const url = databaseUrl();
    const applied = await deployMigrations(providerOf(url), url);
    if (values.json) io.stdout(JSON.stringify({ applied }));
    else io.stdout(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
    return 0;
  },
};
