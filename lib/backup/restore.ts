/**
 * `tirelire restore FILE`: a backup into an EMPTY instance, whole or not at all. Migrations are applied first
 * (so an older backup lands on today's schema), then every row goes in through one transaction and the counts
 * are checked against the manifest; bill files are verified against their checksums before anything is written,
 * and the ones this restore created are removed again if the transaction fails. A non-empty target is refused
 * untouched, so running the same restore twice is harmless.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { databaseUrl } from "../config";
import { deployMigrationsInChild } from "./migrate-child";
import { AppError } from "../errors";
import { openRaw, type RawDb } from "../db/raw";
import { keyFilePath } from "../crypto/secrets";
import { parseManifest, type BackupManifest } from "./manifest";
import { jsonlSource, sqliteFileSource, type TableSource } from "./source";
import { loadTables, nonEmptyTables } from "./load-rows";
import { appliedMigrations } from "./tables";
import { removeFiles, verifyBillEntry, writeBillFiles } from "./bill-files";
import { openZipArchive, type ZipArchive } from "./zip-reader";

export interface RestoreResult {
  manifest: BackupManifest;
  rows: Record<string, number>;
  billFiles: number;
  warnings: string[];
}

export async function restoreBackup(file: string, url = databaseUrl()): Promise<RestoreResult> {
  if (!fs.existsSync(file)) throw new AppError("NOT_FOUND", `No backup at ${file}`);
  // Streamed and bounded (lib/backup/zip-reader.ts): a damaged archive or a zip bomb is refused before any write.
  const archive = openZipArchive(file);
  try {
    return await restoreFromArchive(archive, url);
  } finally {
    archive.close();
  }
}

async function restoreFromArchive(archive: ZipArchive, url: string): Promise<RestoreResult> {
  const manifest = parseManifest(archive.read("manifest.json"));
  const billNames = archive.names.filter((name) => name.startsWith("bills/"));
  // Every entry is inflated and checked (size, CRC, checksum) before anything is written; one at a time in memory.
  for (const name of billNames) verifyBillEntry(name, archive.read(name)!);
  for (const name of archive.names.filter((n) => !n.startsWith("bills/"))) drain(archive, name);

  await refuseNonEmptyBeforeMigrating(url);
  deployMigrationsInChild(url);
  const target = openRaw(url);
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "tirelire-restore-"));
  let createdFiles: string[] = [];
  try {
    await refuseUnlessRestorable(target, manifest);
    const source = openSource(manifest, archive, tempDir);
    try {
      createdFiles = writeBillFiles(billNames.map((name) => [name, () => archive.read(name)!] as const));
      const rows = await target.transaction(async (tx) => {
        await refuseUnlessEmpty(tx); // again inside the transaction: a concurrent restore cannot slip in
        const written = await loadTables(tx, source);
        for (const [table, expected] of Object.entries(manifest.counts)) {
          if ((written[table] ?? 0) !== expected) throw new AppError("INVALID_INPUT", `The backup is incomplete: ${table} has ${written[table] ?? 0} rows, its manifest says ${expected}`);
        }
        return written;
      });
      return { manifest, rows, billFiles: billNames.length, warnings: installSecretKey(archive.read("keys/secret.key")) };
    } finally {
      source.close();
    }
  } catch (error) {
    removeFiles(createdFiles);
    throw error;
  } finally {
    fs.rmSync(tempDir, { recursive: true, force: true });
    await target.close();
  }
}

/** A database that already holds data is refused before anything, migrations included, touches it. */
async function refuseNonEmptyBeforeMigrating(url: string): Promise<void> {
  const target = openRaw(url);
  try {
    await refuseUnlessEmpty(target);
  } finally {
    await target.close();
  }
}

async function refuseUnlessRestorable(target: RawDb, manifest: BackupManifest): Promise<void> {
  await refuseUnlessEmpty(target);
  // Migration folders are per provider: names only compare when the backup comes from the same provider.
  if (manifest.provider !== target.provider) return;
  const known = new Set(await appliedMigrations(target));
  const newer = manifest.migrations.filter((m) => !known.has(m));
  if (newer.length) throw new AppError("CONFLICT", `This backup was made by a newer Tirelire (migrations ${newer.join(", ")}): upgrade before restoring`);
}

async function refuseUnlessEmpty(tx: Pick<RawDb, "all" | "provider" | "run" | "insertMany">): Promise<void> {
  const filled = await nonEmptyTables(tx);
  if (filled.length) {
    const summary = filled.map((t) => `${t.table}: ${t.rows}`).join(", ");
    throw new AppError("CONFLICT", `Restore only goes into an empty instance, and this one already holds data (${summary}). Nothing was changed. Point DATABASE_URL / TIRELIRE_DATA_DIR at a fresh database and data directory.`);
  }
}

/** Reads an entry through to its end: its size and CRC are checked without keeping it. */
function drain(archive: ZipArchive, name: string): void {
  for (const chunk of archive.chunks(name)) void chunk;
}

function openSource(manifest: BackupManifest, archive: ZipArchive, tempDir: string): TableSource {
  if (manifest.layout === "jsonl") return jsonlSource(archive);
  if (!archive.has("database.sqlite")) throw new AppError("INVALID_INPUT", "The backup is incomplete: database.sqlite is missing");
  // Streamed to a temporary file: the snapshot can be far larger than memory.
  const file = path.join(tempDir, "database.sqlite");
  const fd = fs.openSync(file, "w", 0o600);
  try {
    for (const chunk of archive.chunks("database.sqlite")) fs.writeSync(fd, chunk);
  } finally {
    fs.closeSync(fd);
  }
  return sqliteFileSource(file);
}

/** Connection secrets were sealed with the backup's key: install it when this instance has none yet. */
function installSecretKey(bytes: Uint8Array | undefined): string[] {
  if (!bytes) return [];
  if (process.env.TIRELIRE_SECRET) return ["The backup carries the data directory's secret key, but TIRELIRE_SECRET is set: connection credentials restored from the backup need the old key (TIRELIRE_SECRET_PREVIOUS) and `tirelire secrets rotate`."];
  const file = keyFilePath();
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, bytes, { mode: 0o600, flag: "wx" });
    return [];
  }
  if (Buffer.compare(fs.readFileSync(file), Buffer.from(bytes)) === 0) return [];
  return [`This instance already has a different secret key (${file}): save the backup's keys/secret.key as secret.previous.key and run \`tirelire secrets rotate\` so restored connections can be read.`];
}
