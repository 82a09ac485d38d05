/** PostgreSQL: the logical dump restores row for row into a fresh PostgreSQL and into a fresh SQLite. Runs when TEST_DATABASE_URL is PostgreSQL. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { createBackup } from "../../../lib/backup/create";
import { restoreBackup } from "../../../lib/backup/restore";
import { dumpPostgres } from "../../../lib/backup/pg-dump";
import { sqliteFileSource } from "../../../lib/backup/source";
import { seedHousehold } from "./seed";

const pgUrl = process.env.TEST_DATABASE_URL ?? "";
const isPg = /^postgres/.test(pgUrl);
const testDb = useTestDb();
const work = fs.mkdtempSync(path.join(os.tmpdir(), "tirelire-pgbackup-"));
const extraDb = `t_restore_${Date.now().toString(36)}`;

afterAll(async () => {
  fs.rmSync(work, { recursive: true, force: true });
  if (!isPg) return;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${extraDb} WITH (FORCE)`);
  await admin.end();
});

describe.skipIf(!isPg)("backup and restore on PostgreSQL", () => {
  it("dumps in one snapshot and restores row for row into PostgreSQL and SQLite", async () => {
    process.env.TIRELIRE_DATA_DIR = path.join(work, "pg-source");
    const seeded = await seedHousehold(testDb.prisma, testDb.raw);
    const { file, manifest } = await createBackup(path.join(work, "pg.zip"), testDb.url);
    expect(manifest).toMatchObject({ provider: "postgresql", layout: "jsonl", billFiles: 1 });
    expect(manifest.counts.Transaction).toBe(1);

    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${extraDb}`);
    await admin.end();
    const target = new URL(pgUrl);
    target.pathname = `/${extraDb}`;
    const dataDir = path.join(work, "pg-target");
    fs.mkdirSync(dataDir);
    process.env.TIRELIRE_DATA_DIR = dataDir;
    await restoreBackup(file, target.toString());
    const [source, restored] = [await dumpPostgres(testDb.url), await dumpPostgres(target.toString())];
    const sorted = (d: typeof source) => d.tables.map((t) => ({ name: t.name, lines: [t.lines[0], ...t.lines.slice(1).sort()] }));
    expect(sorted(restored)).toEqual(sorted(source));
    expect(fs.existsSync(path.join(dataDir, "bills", seeded.billFileSha.slice(0, 2), seeded.billFileSha))).toBe(true);
    await expect(restoreBackup(file, target.toString())).rejects.toMatchObject({ code: "CONFLICT" });

    const sqliteDir = path.join(work, "sqlite-target");
    fs.mkdirSync(sqliteDir);
    process.env.TIRELIRE_DATA_DIR = sqliteDir;
    const sqliteUrl = `file:${path.join(sqliteDir, "tirelire.db")}`;
    const result = await restoreBackup(file, sqliteUrl);
    expect(result.rows).toEqual(manifest.counts);
    const reader = sqliteFileSource(path.join(sqliteDir, "tirelire.db"));
    const [account] = [...reader.read("Account").rows];
    reader.close();
    expect(account).toContain(123_456_789_012n);
  });
});
