import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkHealth } from "../../../lib/http/health";
import { raw } from "../../../lib/db/raw";
import { deployMigrations } from "../../../scripts/migrate-engine.mjs";

// Runs on SQLite only: it points DATABASE_URL at databases in different states.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tirelire-health-"));
const saved = { url: process.env.DATABASE_URL, migrations: process.env.TIRELIRE_MIGRATIONS_DIR };

/** Closes the process-wide raw connection so another writer (the migration engine) can take the file. */
async function closeRaw(): Promise<void> {
  await raw().close().catch(() => undefined);
  const globals = globalThis as unknown as Record<string, unknown>;
  delete globals.tirelireRaw;
  delete globals.tirelireRawUrl;
}

afterAll(async () => {
  await closeRaw();
  process.env.DATABASE_URL = saved.url;
  process.env.TIRELIRE_MIGRATIONS_DIR = saved.migrations;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("GET /api/health's check", () => {
  it("is 503-worthy on a database without migrations, ok once they are applied, and not ok when one is pending", async () => {
    // A copy of the run's migrated template (the in-process migration engine keeps its own connection open).
    const migratedFile = path.join(dir, "migrated.db");
    const template = process.env.TIRELIRE_TEMPLATE_DB;
    if (template && fs.existsSync(template)) fs.copyFileSync(template, migratedFile);
    else await deployMigrations("sqlite", `file:${migratedFile}`);

    process.env.DATABASE_URL = `file:${path.join(dir, "empty.db")}`;
    delete process.env.TIRELIRE_MIGRATIONS_DIR;
    const empty = await checkHealth();
    expect(empty.ok).toBe(false);

    process.env.DATABASE_URL = `file:${migratedFile}`;
    const migrated = await checkHealth();
    expect(migrated).toMatchObject({ ok: true, database: "up", pendingMigrations: [] });

    // A release that ships one more migration than the database has.
    const migrationsDir = path.join(dir, "migrations");
    fs.cpSync(path.resolve("prisma/migrations"), migrationsDir, { recursive: true });
    fs.mkdirSync(path.join(migrationsDir, "29991231000000_future"));
    process.env.TIRELIRE_MIGRATIONS_DIR = migrationsDir;
    const pending = await checkHealth();
    expect(pending).toMatchObject({ ok: false, database: "up", pendingMigrations: ["29991231000000_future"] });
  });
});
