/**
 * Restore and import-export read archives streamed and bounded (lib/backup/zip-reader.ts): a zip bomb or a truncated
 * archive is one clear error and changes nothing — no migration on the target, no row, no bill file.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { createBackup } from "../../../lib/backup/create";
import { restoreBackup } from "../../../lib/backup/restore";
import { exportToFile } from "../../../lib/export/to-file";
import { importExport } from "../../../lib/export/import";
import { openZipArchive } from "../../../lib/backup/zip-reader";
import { toAppError } from "../../../lib/errors";
import { seedHousehold, type Seeded } from "./seed";

const testDb = useTestDb();
const work = fs.mkdtempSync(path.join(os.tmpdir(), "tirelire-archive-refusals-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const MIB = 1024 * 1024;

let seeded: Seeded;
let backupFile = "";
let exportFile = "";

beforeAll(async () => {
  seeded = await seedHousehold(testDb.prisma, testDb.raw, "Archive home");
  backupFile = (await createBackup(path.join(work, "backup.zip"), testDb.url)).file;
  exportFile = (await exportToFile(seeded.householdId, path.join(work, "export.zip"))).file;
});

/** The archive's entries (read with our own reader), some replaced, zipped again. */
function rewritten(file: string, replace: Record<string, Uint8Array>, name: string): string {
  const archive = openZipArchive(file);
  const entries: Record<string, Uint8Array> = {};
  try {
    for (const entry of archive.names) entries[entry] = archive.read(entry)!;
  } finally {
    archive.close();
  }
  const out = path.join(work, name);
  fs.writeFileSync(out, zipSync({ ...entries, ...replace }, { level: 9 }));
  return out;
}

function truncated(file: string, name: string): string {
  const bytes = fs.readFileSync(file);
  const out = path.join(work, name);
  fs.writeFileSync(out, bytes.subarray(0, Math.floor(bytes.length * 0.7)));
  return out;
}

const failure = (promise: Promise<unknown>) => promise.then(() => "OK", (error: unknown) => `${toAppError(error).code}: ${toAppError(error).message}`);

/** Restores into a fresh SQLite target with its own data directory; returns what happened and what the target holds. */
async function restoreInto(name: string, file: string) {
  const dir = path.join(work, name);
  fs.mkdirSync(dir);
  const dbFile = path.join(dir, "tirelire.db");
  const previous = process.env.TIRELIRE_DATA_DIR;
  process.env.TIRELIRE_DATA_DIR = dir;
  try {
    const outcome = await failure(restoreBackup(file, `file:${dbFile}`));
    return { outcome, isDatabaseCreated: fs.existsSync(dbFile), entries: fs.readdirSync(dir) };
  } finally {
    process.env.TIRELIRE_DATA_DIR = previous;
  }
}

async function snapshot() {
  const p = testDb.prisma;
  return { households: await p.household.count(), transactions: await p.transaction.count(), bills: await p.bill.count(), files: fs.readdirSync(path.join(process.env.TIRELIRE_DATA_DIR!, "bills")).length };
}

describe("restore refuses hostile archives untouched", () => {
  it("a zip bomb in place of the database snapshot", async () => {
    const bomb = rewritten(backupFile, { "database.sqlite": new Uint8Array(96 * MIB) }, "bomb-backup.zip");
    expect(fs.statSync(bomb).size).toBeLessThan(2 * MIB);
    const result = await restoreInto("bomb-target", bomb);
    expect(result.outcome).toMatch(/^TOO_LARGE: .*would inflate \d+ times/);
    expect(result).toMatchObject({ isDatabaseCreated: false, entries: [] });
  });

  it("a truncated backup", async () => {
    const result = await restoreInto("truncated-target", truncated(backupFile, "truncated-backup.zip"));
    expect(result.outcome).toMatch(/^INVALID_INPUT: .*not a readable archive/);
    expect(result).toMatchObject({ isDatabaseCreated: false, entries: [] });
  });

  it("an archive larger than TIRELIRE_MAX_ARCHIVE_MB once inflated", async () => {
    const big = rewritten(backupFile, { "padding.bin": new Uint8Array(Buffer.alloc(3 * MIB, "0123456789abcdef")) }, "big-backup.zip");
    process.env.TIRELIRE_MAX_ARCHIVE_MB = "2";
    try {
      const result = await restoreInto("big-target", big);
      expect(result.outcome).toMatch(/^TOO_LARGE: .*more than 2 MiB.*TIRELIRE_MAX_ARCHIVE_MB/);
      expect(result).toMatchObject({ isDatabaseCreated: false, entries: [] });
    } finally {
      delete process.env.TIRELIRE_MAX_ARCHIVE_MB;
    }
  });
});

describe("import-export refuses hostile archives untouched", () => {
  it("a zip bomb among the entity files, and a truncated export", async () => {
    const before = await snapshot();
    const bomb = rewritten(exportFile, { "transactions.json": new Uint8Array(48 * MIB) }, "bomb-export.zip");
    expect(await failure(importExport(bomb))).toMatch(/^TOO_LARGE: .*transactions\.json would inflate/);
    expect(await failure(importExport(truncated(exportFile, "truncated-export.zip")))).toMatch(/^INVALID_INPUT: .*not a readable archive/);
    expect(await snapshot()).toEqual(before);
  });

  it("still reads a sound export to the end (it reaches the household check)", async () => {
    expect(await failure(importExport(exportFile))).toMatch(/^CONFLICT: .*already exists/);
  });
});
