// Migrates one template SQLite database per run; each DB test file copies it (much faster than migrating each).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { deployMigrations } from "../scripts/migrate-engine.mjs";

export default async function setup() {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.CHECKPOINT_DISABLE = "1";
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tirelire-template-"));
  const file = path.join(dir, "template.db");
  await deployMigrations("sqlite", `file:${file}`);
  process.env.TIRELIRE_TEMPLATE_DB = file;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
