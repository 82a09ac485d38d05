import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { sqlitePath } from "../../../lib/config";
import { createBackup } from "../../../lib/backup/create";
import { restoreBackup } from "../../../lib/backup/restore";
import { sqliteFileSource } from "../../../lib/backup/source";
import { TABLE_ORDER, listTables } from "../../../lib/backup/tables";
import { seedHousehold, type Seeded } from "./seed";

const testDb = useTestDb();
const work = fs.mkdtempSync(path.join(os.tmpdir(), "tirelire-backup-test-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Every row of every table, sorted, as comparable text. */
function dumpAll(file: string): Record<string, string[]> {
  const source = sqliteFileSource(file);
  try {
    const out: Record<string, string[]> = {};
    for (const table of source.tables()) {
      const { columns, rows } = source.read(table);
      out[table] = [...rows].map((row) => JSON.stringify(Object.fromEntries(columns.map((c, i) => [c, row[i]])), (_k, v: unknown) => (typeof v === "bigint" ? `${v}n` : v instanceof Uint8Array ? Buffer.from(v).toString("hex") : v))).sort();
    }
    return out;
  } finally {
    source.close();
  }
}

/** A fresh, empty target instance (its own data directory and database), made current for restoreBackup. */
function freshInstance(name: string): { dir: string; url: string } {
  const dir = path.join(work, name);
  fs.mkdirSync(dir, { recursive: true });
  return { dir, url: `file:${path.join(dir, "tirelire.db")}` };
}

async function withDataDir<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const previous = process.env.TIRELIRE_DATA_DIR;
  process.env.TIRELIRE_DATA_DIR = dir;
  try {
    return await fn();
  } finally {
    restoreEnv("TIRELIRE_DATA_DIR", previous);
  }
}

let seeded: Seeded;

// The SQLite snapshot path; backup-pg.test.ts covers PostgreSQL when TEST_DATABASE_URL points at it.
describe.skipIf(/^postgres/.test(process.env.TEST_DATABASE_URL ?? ""))("backup and restore on SQLite", () => {
  it("knows every table of the migrated schema (restore order covers them all)", async () => {
    expect(await listTables(testDb.raw)).toEqual([...TABLE_ORDER]);
  });

  it("snapshots a consistent state while another process keeps writing", async () => {
    seeded = await seedHousehold(testDb.prisma, testDb.raw);
    // Enough pages that copying takes a while; each writer transaction adds a transaction AND its balance report.
    const filler = Array.from({ length: 20_000 }, (_, i) => [`fill${i}`, seeded.householdId, seeded.accountId, "2025-06-01", BigInt(-i), "EUR", `FILLER ${i} ${"x".repeat(80)}`, "filler", "2026-01-01T00:00:00.000+00:00"] as const);
    await testDb.raw.transaction((tx) => tx.insertMany("Transaction", ["id", "householdId", "accountId", "date", "amountMinor", "currency", "rawLabel", "label", "updatedAt"], filler));
    const writer = spawn(process.execPath, ["-e", WRITER], { cwd: process.cwd(), env: { ...process.env, DB_FILE: sqlitePath(testDb.url), HOUSEHOLD: seeded.householdId, ACCOUNT: seeded.accountId }, stdio: ["pipe", "pipe", "inherit"] });
    const started = new Promise<void>((resolve) => writer.stdout.once("data", () => resolve()));
    const exited = new Promise<number>((resolve) => writer.on("exit", (code) => resolve(code ?? -1)));
    await started;
    const before = await countPairs();
    let backup: Awaited<ReturnType<typeof createBackup>>;
    try {
      backup = await createBackup(path.join(work, "live.zip"), testDb.url);
    } finally {
      writer.stdin.end("stop\n"); // never leave the writer holding the database for the next tests
    }
    const { manifest, file } = backup;
    expect(await exited).toBe(0);
    const after = await countPairs();

    const snapshot = path.join(work, "live.sqlite");
    fs.writeFileSync(snapshot, unzipSync(new Uint8Array(fs.readFileSync(file)))["database.sqlite"] ?? new Uint8Array());
    const rows = dumpAll(snapshot);
    const writes = (rows.Transaction ?? []).filter((r) => r.includes('"memo":"concurrent"')).length;
    const reports = (rows.BalanceReport ?? []).filter((r) => r.includes('"source":"concurrent"')).length;
    expect(writes).toBe(reports); // never half of a writer's transaction
    expect(writes).toBeGreaterThanOrEqual(before);
    expect(writes).toBeLessThanOrEqual(after);
    expect(after).toBeGreaterThan(before); // the writer really was writing during the backup
    expect(manifest.counts.Transaction).toBe(rows.Transaction?.length);
    expect(manifest).toMatchObject({ provider: "sqlite", layout: "sqlite-file", billFiles: 1 });
    expect(manifest.migrations[0]).toMatch(/_init$/);
  });

  it("restores into an empty instance row for row, with the bill files, and refuses a second run", async () => {
    const { file } = await createBackup(path.join(work, "full.zip"), testDb.url);
    const target = freshInstance("target");
    const result = await withDataDir(target.dir, () => restoreBackup(file, target.url));
    expect(result.rows.Transaction).toBeGreaterThan(20_000);
    expect(dumpAll(sqlitePath(target.url))).toEqual(dumpAll(sqlitePath(testDb.url)));
    const billPath = path.join(target.dir, "bills", seeded.billFileSha.slice(0, 2), seeded.billFileSha);
    expect(fs.readFileSync(billPath, "utf8")).toContain("%PDF-1.4 bill of Backup home");

    const again = withDataDir(target.dir, () => restoreBackup(file, target.url));
    await expect(again).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("empty instance") });
    expect(dumpAll(sqlitePath(target.url))).toEqual(dumpAll(sqlitePath(testDb.url)));
  });

  it("refuses a non-empty database and leaves it unchanged", async () => {
    const { file } = await createBackup(path.join(work, "refused.zip"), testDb.url);
    const before = dumpAll(sqlitePath(testDb.url));
    await expect(restoreBackup(file, testDb.url)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(dumpAll(sqlitePath(testDb.url))).toEqual(before);
  });

  it("is all or nothing: a damaged archive leaves no row and no bill file behind", async () => {
    const { file } = await createBackup(path.join(work, "damaged.zip"), testDb.url);
    const entries = unzipSync(new Uint8Array(fs.readFileSync(file)));
    const manifest = JSON.parse(new TextDecoder().decode(entries["manifest.json"])) as { counts: Record<string, number> };
    manifest.counts.BillLink = (manifest.counts.BillLink ?? 0) + 1; // the last tables fail after most rows went in
    entries["manifest.json"] = strToU8(JSON.stringify(manifest));
    const damaged = path.join(work, "damaged-edited.zip");
    fs.writeFileSync(damaged, zipSync(entries));
    const target = freshInstance("damaged-target");
    await expect(withDataDir(target.dir, () => restoreBackup(damaged, target.url))).rejects.toMatchObject({ message: expect.stringContaining("incomplete") });
    const rows = dumpAll(sqlitePath(target.url));
    expect(Object.values(rows).every((r) => r.length === 0)).toBe(true);
    expect(fs.existsSync(path.join(target.dir, "bills", seeded.billFileSha.slice(0, 2), seeded.billFileSha))).toBe(false);
  });
});

async function countPairs(): Promise<number> {
  const [row] = await testDb.raw.all<{ n: bigint }>(`SELECT COUNT(*) AS n FROM "Transaction" WHERE "memo" = 'concurrent'`);
  return Number(row?.n ?? 0);
}

// A second process writing pairs in transactions until told to stop (stdin), as the running app would.
const WRITER = `
const Database = require("better-sqlite3");
const db = new Database(process.env.DB_FILE);
db.pragma("journal_mode = WAL"); db.pragma("busy_timeout = 10000");
const tx = db.prepare('INSERT INTO "Transaction" ("id","householdId","accountId","date","amountMinor","currency","rawLabel","label","memo","updatedAt") VALUES (?,?,?,?,?,?,?,?,?,?)');
const report = db.prepare('INSERT INTO "BalanceReport" ("id","accountId","date","amountMinor","source") VALUES (?,?,?,?,?)');
const pair = db.transaction((i) => {
  tx.run("w" + i, process.env.HOUSEHOLD, process.env.ACCOUNT, "2026-02-01", -i, "EUR", "W " + i, "w", "concurrent", "2026-02-01T00:00:00.000+00:00");
  report.run("r" + i, process.env.ACCOUNT, "2026-02-01", i, "concurrent");
});
let i = 0, stopping = false;
process.stdin.on("data", () => { stopping = true; });
process.stdin.on("end", () => { stopping = true; }); // the test process went away
setTimeout(() => { stopping = true; }, 60000).unref(); // never outlive a test's timeout
(function loop() {
  for (let k = 0; k < 20; k++) pair(i++);
  if (i === 20) process.stdout.write("started\\n");
  if (stopping) { db.close(); process.exit(0); }
  setTimeout(loop, 1);
})();
`;

/** Puts an environment variable back (assigning undefined would store the string "undefined"). */
function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
