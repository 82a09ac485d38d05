/**
 * `tirelire backup`: a consistent snapshot while the app runs, in one zip with a manifest.
 * SQLite: the online backup API copies the live file page by page (restarting if a writer changes it), so the
 * snapshot is one committed state. PostgreSQL: a logical dump in one REPEATABLE READ transaction.
 * Bill files are added from the snapshot's own BillFile rows (files are content-addressed and never rewritten,
 * so every file the snapshot references exists), and the secret key that seals connection credentials, when it
 * is a file in the data directory: the archive is therefore as sensitive as the data directory itself.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseUrl, providerOf, sqlitePath } from "../config";
import { AppError } from "../errors";
import { keyFilePath } from "../crypto/secrets";
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupManifest } from "./manifest";
import { dumpPostgres } from "./pg-dump";
import { billEntryName, absoluteBillPath } from "./bill-files";
import { fileChunks, openZipFile, type ZipFileWriter } from "./zip-file";
import { sqliteFileSource } from "./source";
import { quoteIdent } from "./tables";

export interface BackupResult {
  file: string;
  manifest: BackupManifest;
}

export async function createBackup(outFile: string, url = databaseUrl()): Promise<BackupResult> {
  const target = path.resolve(outFile);
  if (!fs.existsSync(path.dirname(target))) throw new AppError("INVALID_INPUT", `Cannot write ${outFile}: its directory does not exist`);
  const zip = openZipFile(target);
  try {
    const partial = providerOf(url) === "postgresql" ? await addPostgresDump(zip, url) : await addSqliteSnapshot(zip, url);
    const { count: billFiles, missing } = addBillFiles(zip, partial.billFilePaths);
    const hasSecretKey = !process.env.TIRELIRE_SECRET && fs.existsSync(keyFilePath());
    if (hasSecretKey) zip.addEntry("keys/secret.key", [fs.readFileSync(keyFilePath())]);
    const manifest: BackupManifest = { format: BACKUP_FORMAT, version: BACKUP_VERSION, provider: providerOf(url), layout: partial.layout, migrations: partial.migrations, counts: partial.counts, billFiles, missingBillFiles: missing, hasSecretKey, createdAt: new Date().toISOString() };
    zip.addEntry("manifest.json", [JSON.stringify(manifest, null, 2)]);
    zip.finish();
    return { file: target, manifest };
  } catch (error) {
    zip.abort();
    throw error;
  }
}

interface PartialBackup {
  layout: BackupManifest["layout"];
  migrations: string[];
  counts: Record<string, number>;
  billFilePaths: string[];
}

async function addSqliteSnapshot(zip: ZipFileWriter, url: string): Promise<PartialBackup> {
  const live = sqlitePath(url);
  if (!fs.existsSync(live)) throw new AppError("NOT_FOUND", `No database at ${live}`);
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "tirelire-backup-"));
  const snapshot = path.join(tempDir, "database.sqlite");
  try {
    const conn = new Database(live, { fileMustExist: true });
    try {
      conn.pragma("busy_timeout = 10000");
      // All remaining pages in one step: copied in small steps, a busy app's writes would restart the copy forever.
      await conn.backup(snapshot, { progress: () => 0x7fffffff });
    } finally {
      conn.close();
    }
    const source = sqliteFileSource(snapshot);
    const reader = new Database(snapshot, { readonly: true });
    let partial: PartialBackup;
    try {
      const counts: Record<string, number> = {};
      for (const table of source.tables()) counts[table] = (reader.prepare(`SELECT COUNT(*) AS n FROM ${quoteIdent(table)}`).get() as { n: number }).n;
      const migrations = (reader.prepare('SELECT "migration_name" AS name FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL ORDER BY "migration_name"').all() as { name: string }[]).map((r) => r.name);
      const billFilePaths = (reader.prepare('SELECT "path" FROM "BillFile" WHERE "path" IS NOT NULL').all() as { path: string }[]).map((r) => r.path);
      partial = { layout: "sqlite-file", migrations, counts, billFilePaths };
    } finally {
      reader.close();
      source.close();
    }
    zip.addEntry("database.sqlite", fileChunks(snapshot));
    return partial;
  } finally {
    fs.rmSync(tempDir, { recursive: true, force: true });
  }
}

async function addPostgresDump(zip: ZipFileWriter, url: string): Promise<PartialBackup> {
  const dump = await dumpPostgres(url);
  const counts: Record<string, number> = {};
  for (const table of dump.tables) {
    counts[table.name] = table.rowCount;
    zip.addEntry(`tables/${table.name}.jsonl`, table.lines.map((line) => `${line}\n`));
  }
  return { layout: "jsonl", migrations: dump.migrations, counts, billFilePaths: dump.billFilePaths };
}

// A file missing from the data directory is already lost: the backup still saves everything else and says so.
function addBillFiles(zip: ZipFileWriter, storedPaths: readonly string[]): { count: number; missing: string[] } {
  const names = new Set(storedPaths.map(billEntryName).filter((n): n is string => n !== null));
  const missing: string[] = [];
  for (const name of names) {
    const file = absoluteBillPath(name);
    if (fs.existsSync(file)) zip.addEntry(name, fileChunks(file));
    else missing.push(name);
  }
  return { count: names.size - missing.length, missing };
}
