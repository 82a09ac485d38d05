import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { openRaw, type RawDb } from "../../../lib/db/raw";
import { writeExport } from "../../../lib/export/write";
import { exportToFile } from "../../../lib/export/to-file";
import { importExport } from "../../../lib/export/import";
import { deployMigrationsInChild } from "../../../lib/backup/migrate-child";
import { seedHousehold, type Seeded } from "../backup/seed";

const testDb = useTestDb();
const work = fs.mkdtempSync(path.join(os.tmpdir(), "tirelire-export-test-"));
const pgAdminUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5433/tirelire";
const pgName = `t_export_${Date.now().toString(36)}`;
let isPgReachable = false;
let seeded: Seeded;
let exportFile = "";

beforeAll(async () => {
  // useTestDb gives SQLite runs their own data directory; PostgreSQL runs need one too for the bill files.
  process.env.TIRELIRE_DATA_DIR ??= path.join(work, "source");
  const admin = new pg.Client({ connectionString: pgAdminUrl, connectionTimeoutMillis: 2_000 });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${pgName}`);
    isPgReachable = true;
  } catch {
    isPgReachable = false;
  } finally {
    await admin.end().catch(() => undefined);
  }
});

afterAll(async () => {
  fs.rmSync(work, { recursive: true, force: true });
  if (!isPgReachable) return;
  const admin = new pg.Client({ connectionString: pgAdminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
  await admin.end();
});

async function exportEntries(db: RawDb, householdId: string): Promise<Record<string, string>> {
  const chunks: Uint8Array[] = [];
  await writeExport(db, householdId, (chunk) => chunks.push(chunk));
  const entries = unzipSync(new Uint8Array(Buffer.concat(chunks)));
  return Object.fromEntries(Object.entries(entries).filter(([name]) => name !== "manifest.json").map(([name, bytes]) => [name, name.startsWith("bills/") ? Buffer.from(bytes).toString("hex") : new TextDecoder().decode(bytes)]));
}

/** The export as it should come back from an import: connections lose their credentials and wait for a reconnect. */
function afterImport(entries: Record<string, string>): Record<string, string> {
  const connections = (JSON.parse(entries["connections.json"] ?? "[]") as Record<string, unknown>[]).map((c) => ({ ...c, status: "reauth_required" }));
  return { ...entries, "connections.json": `${JSON.stringify(connections, null, 1)}\n` };
}

async function importInto(url: string, dataDir: string): Promise<RawDb> {
  fs.mkdirSync(dataDir, { recursive: true });
  deployMigrationsInChild(url);
  const previous = process.env.TIRELIRE_DATA_DIR;
  process.env.TIRELIRE_DATA_DIR = dataDir;
  const db = openRaw(url);
  try {
    await importExport(exportFile, {}, db);
    await expect(importExport(exportFile, {}, db)).rejects.toMatchObject({ code: "CONFLICT" });
  } finally {
    restoreEnv("TIRELIRE_DATA_DIR", previous);
  }
  return db;
}

describe("household export and its import", () => {
  it("exports one household in open formats: JSON per entity, safe CSV, bill files, no secrets, no other household", async () => {
    seeded = await seedHousehold(testDb.prisma, testDb.raw, "Export home");
    const other = await seedHousehold(testDb.prisma, testDb.raw, "Neighbours");
    const h = seeded.householdId;
    const connection = await testDb.prisma.connection.create({ data: { householdId: h, provider: "simplefin", name: "Bank", status: "active", secrets: "v1:SEALED-SECRET", consentExpiresAt: new Date("2027-01-01T00:00:00Z") } });
    await testDb.prisma.account.update({ where: { id: seeded.accountId }, data: { connectionId: connection.id } });
    const recurrence = await testDb.prisma.recurrence.create({ data: { householdId: h, name: "Rent", amountMinor: -90_000n, currency: "EUR", intervalDays: 30 } });
    const transfer = await testDb.prisma.transfer.create({ data: { householdId: h, score: 0.9 } });
    await testDb.prisma.transaction.create({ data: { householdId: h, accountId: seeded.accountId, date: "2026-01-05", amountMinor: -90_000n, currency: "EUR", rawLabel: "=HYPERLINK(\"http://evil\")", label: "+rent, \"monthly\"", recurrenceId: recurrence.id, transferId: transfer.id } });

    const result = await exportToFile(h, path.join(work, "export.zip"));
    exportFile = result.file;
    expect(result.counts).toMatchObject({ accounts: 1, transactions: 2, categories: 1, rules: 1, bills: 1, "bill-links": 1, budgets: 1, recurrences: 1, connections: 1, transfers: 1 });
    const entries = unzipSync(new Uint8Array(fs.readFileSync(exportFile)));
    const text = (name: string) => new TextDecoder().decode(entries[name]);
    expect(text("connections.json")).not.toContain("secrets");
    expect(text("connections.json")).not.toContain("SEALED");
    expect(JSON.stringify(Object.keys(entries))).not.toContain(other.billFileSha);
    expect(text("accounts.json")).not.toContain(other.accountId);
    const transactions = JSON.parse(text("transactions.json")) as { amountMinor: unknown }[];
    expect(transactions.map((t) => t.amountMinor).sort()).toEqual(["-1230", "-90000"]);
    const csv = text("transactions.csv").split("\r\n");
    expect(csv[0]).toBe("id,date,valueDate,account,amount,currency,label,rawLabel,payee,memo,categoryId,status,tags,note");
    const rent = csv.find((line) => line.includes("2026-01-05")) ?? "";
    expect(rent).toContain(",-900.00,EUR,");
    expect(rent).toContain(`"'+rent, ""monthly"""`);
    expect(rent).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(entries[`bills/${seeded.billFileSha.slice(0, 2)}/${seeded.billFileSha}`]).toBeDefined();
  });

  it("imports into a fresh SQLite instance and reproduces every entity; a second import is refused", async () => {
    const dir = path.join(work, "sqlite-target");
    const db = await importInto(`file:${path.join(dir, "tirelire.db")}`, dir);
    try {
      const original = await exportEntries(testDb.raw, seeded.householdId);
      const previous = process.env.TIRELIRE_DATA_DIR;
      process.env.TIRELIRE_DATA_DIR = dir;
      const reproduced = await exportEntries(db, seeded.householdId).finally(() => { restoreEnv("TIRELIRE_DATA_DIR", previous); });
      expect(reproduced).toEqual(afterImport(original));
    } finally {
      await db.close();
    }
  });

  it("imports into PostgreSQL and reproduces every entity (SQLite → PostgreSQL)", async (context) => {
    if (!isPgReachable) context.skip();
    const target = new URL(pgAdminUrl);
    target.pathname = `/${pgName}`;
    const dir = path.join(work, "pg-target");
    const db = await importInto(target.toString(), dir);
    try {
      const original = await exportEntries(testDb.raw, seeded.householdId);
      const previous = process.env.TIRELIRE_DATA_DIR;
      process.env.TIRELIRE_DATA_DIR = dir;
      const reproduced = await exportEntries(db, seeded.householdId).finally(() => { restoreEnv("TIRELIRE_DATA_DIR", previous); });
      expect(reproduced).toEqual(afterImport(original));
    } finally {
      await db.close();
    }
  });
});

/** Puts an environment variable back (assigning undefined would store the string "undefined"). */
function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
