/**
 * A fresh migrated database for one test file: a copy of the migrated SQLite template, or, when
 * TEST_DATABASE_URL points at PostgreSQL, a new database on that server. Sets DATABASE_URL so the
 * app's own db() and raw() use it.
 *
 *   const testDb = useTestDb();
 *   it("…", async () => { await testDb.prisma.household.create(…) });
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { deployMigrations } from "../../scripts/migrate-engine.mjs";
import { db, type Db } from "../../lib/db/client";
import { raw, type RawDb } from "../../lib/db/raw";

export interface TestDb {
  readonly prisma: Db;
  readonly raw: RawDb;
  readonly url: string;
  readonly provider: "sqlite" | "postgresql";
}

export function useTestDb(): TestDb {
  let url = "";
  let cleanup: () => Promise<void> = async () => undefined;
  const handle = {
    get prisma() { return db(); },
    get raw() { return raw(); },
    get url() { return url; },
    get provider() { return url.startsWith("postgres") ? "postgresql" as const : "sqlite" as const; },
  };

  beforeAll(async () => {
    const pgUrl = process.env.TEST_DATABASE_URL;
    if (pgUrl && /^postgres/.test(pgUrl)) {
      const name = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
      const admin = new pg.Client({ connectionString: pgUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const parsed = new URL(pgUrl);
      parsed.pathname = `/${name}`;
      url = parsed.toString();
      await deployMigrations("postgresql", url);
      // Bill files, inbox folders and key files live in the data directory: one of its own per test file, as on SQLite.
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tirelire-test-"));
      process.env.TIRELIRE_DATA_DIR = dir;
      cleanup = async () => {
        const client = new pg.Client({ connectionString: pgUrl });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
        fs.rmSync(dir, { recursive: true, force: true });
      };
    } else {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tirelire-test-"));
      const file = path.join(dir, "test.db");
      const template = process.env.TIRELIRE_TEMPLATE_DB;
      if (template && fs.existsSync(template)) fs.copyFileSync(template, file);
      else await deployMigrations("sqlite", `file:${file}`);
      url = `file:${file}`;
      process.env.TIRELIRE_DATA_DIR = dir;
      cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
    }
    process.env.DATABASE_URL = url;
  });

  afterAll(async () => {
    await db().$disconnect().catch(() => undefined);
    await raw().close().catch(() => undefined);
    const globals = globalThis as unknown as Record<string, unknown>;
    for (const key of ["tirelirePrisma", "tirelireUrl", "tirelireRaw", "tirelireRawUrl"]) delete globals[key];
    await cleanup();
  });

  return handle;
}
