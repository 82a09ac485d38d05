/**
 * Backups and household exports never carry the derived summaries: a restore or an import rebuilds them through
 * the triggers, so every transaction counts once (a carried copy plus the triggers would count it twice).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { newId, openRaw, raw, type SqlValue } from "../../../lib/db/raw";
import { createBackup } from "../../../lib/backup/create";
import { restoreBackup } from "../../../lib/backup/restore";
import { exportToFile } from "../../../lib/export/to-file";
import { importExport } from "../../../lib/export/import";
import { deployMigrationsInChild } from "../../../lib/backup/migrate-child";
import { actualSummaries, expectedSummaries } from "./expected";

const testDb = useTestDb();
const work = fs.mkdtempSync(path.join(os.tmpdir(), "tirelire-summary-roundtrip-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

async function seed(): Promise<string> {
  const householdId = `rt-${newId()}`;
  const now = new Date();
  await raw().run(`INSERT INTO "Household" ("id", "name", "currency", "createdAt") VALUES (?, 'Round trip', 'EUR', ?)`, [householdId, now]);
  await raw().run(`INSERT INTO "Account" ("id", "householdId", "name", "type", "currency", "createdAt", "updatedAt") VALUES (?, ?, 'Main', 'checking', 'EUR', ?, ?)`, [`${householdId}-a`, householdId, now, now]);
  const rows: SqlValue[][] = Array.from({ length: 300 }, (_, i) => [
    `${householdId}-t${i}`, householdId, `${householdId}-a`, `2024-0${1 + (i % 6)}-${String(1 + (i % 27)).padStart(2, "0")}`, BigInt(i % 7 === 0 ? 250000 : -(i * 37 % 9000) - 1),
    "EUR", "CB", "CB", i % 3 ? "Lidl" : null, i % 5 ? "400110" : "600110", i % 11 ? "booked" : "pending", i % 13 === 0 ? now : null, now, now,
  ]);
  await raw().insertMany("Transaction", ["id", "householdId", "accountId", "date", "amountMinor", "currency", "rawLabel", "label", "payee", "categoryId", "status", "deletedAt", "createdAt", "updatedAt"], rows);
  return householdId;
}

function withDataDir<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const previous = process.env.TIRELIRE_DATA_DIR;
  process.env.TIRELIRE_DATA_DIR = dir;
  return fn().finally(() => {
    if (previous === undefined) delete process.env.TIRELIRE_DATA_DIR;
    else process.env.TIRELIRE_DATA_DIR = previous;
  });
}

describe("summaries across backup/restore and export/import", () => {
  it("a backup leaves them out and a restore rebuilds them exactly once", async () => {
    await seed();
    const source = await actualSummaries();
    expect(source).toEqual(await expectedSummaries());
    expect(source.month.length).toBeGreaterThan(5);
    const file = path.join(work, "backup.zip");
    const { manifest } = await createBackup(file, testDb.url);
    expect(Object.keys(manifest.counts)).not.toContain("TransactionDaySum");
    expect(Object.keys(unzipSync(new Uint8Array(fs.readFileSync(file)))).filter((n) => n.includes("Sum"))).toEqual([]);

    const dir = path.join(work, "restored");
    fs.mkdirSync(dir);
    const url = `file:${path.join(dir, "tirelire.db")}`;
    await withDataDir(dir, () => restoreBackup(file, url));
    const target = openRaw(url);
    try {
      expect(await actualSummaries(target)).toEqual(source);
    } finally {
      await target.close();
    }
  });

  it("a household export leaves them out and its import rebuilds them", async () => {
    const householdId = await seed();
    const mine = (lines: string[]) => lines.filter((l) => l.startsWith(`${householdId} |`));
    const source = mine((await actualSummaries()).month);
    expect(source.length).toBeGreaterThan(5);
    const file = path.join(work, "export.zip");
    await exportToFile(householdId, file);
    expect(Object.keys(unzipSync(new Uint8Array(fs.readFileSync(file)))).filter((n) => /sum/i.test(n))).toEqual([]);

    const dir = path.join(work, "imported");
    fs.mkdirSync(dir);
    const url = `file:${path.join(dir, "tirelire.db")}`;
    deployMigrationsInChild(url);
    const target = openRaw(url);
    try {
      await withDataDir(dir, () => importExport(file, {}, target));
      const imported = await actualSummaries(target);
      expect(imported.month).toEqual(source);
      expect(imported).toEqual(await expectedSummaries(target));
    } finally {
      await target.close();
    }
  });
});
