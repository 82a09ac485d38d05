/**
 * `tirelire import-export FILE`: a household export into this instance, whole or not at all, with the same ids
 * (so links between entities, and the bill files' checksummed names, carry over untouched). Refused when the
 * household already exists here. Connections arrive without credentials and wait for the household to
 * reconnect (status reauth_required). With `ownerEmail`, that existing user becomes the household's owner.
 */
import fs from "node:fs";
import { raw as processRaw, newId, type RawDb, type SqlValue } from "../db/raw";
import { AppError } from "../errors";
import { removeFiles, verifyBillEntry, writeBillFiles } from "../backup/bill-files";
import { openZipArchive, type ZipArchive } from "../backup/zip-reader";
import { tableColumns } from "./columns";
import { EXPORT_ENTITIES, checkExportManifest } from "./import-spec";
import { toSqlValue } from "./values";

export interface ImportExportResult {
  householdId: string;
  counts: Record<string, number>;
  billFiles: number;
}

export async function importExport(file: string, options: { ownerEmail?: string } = {}, db: RawDb = processRaw()): Promise<ImportExportResult> {
  if (!fs.existsSync(file)) throw new AppError("NOT_FOUND", `No export at ${file}`);
  // Streamed and bounded (lib/backup/zip-reader.ts): a damaged archive or a zip bomb is refused before any write.
  const entries = openZipArchive(file);
  try {
    return await importArchive(entries, options, db);
  } finally {
    entries.close();
  }
}

async function importArchive(entries: ZipArchive, options: { ownerEmail?: string }, db: RawDb): Promise<ImportExportResult> {
  checkExportManifest(entries.read("manifest.json"));
  const household = readJson(entries, "household.json") as Record<string, unknown>;
  const householdId = String(household.id ?? "");
  const billNames = entries.names.filter((name) => name.startsWith("bills/"));
  // Checked one at a time before anything is written (each bill file is inflated again when written).
  for (const name of billNames) verifyBillEntry(name, entries.read(name)!);
  for (const name of entries.names.filter((n) => !n.startsWith("bills/"))) for (const chunk of entries.chunks(name)) void chunk;

  const created = writeBillFiles(billNames.map((name) => [name, () => entries.read(name)!] as const));
  try {
    const counts = await db.transaction(async (tx) => {
      const [existing] = await tx.all<{ id: string }>(`SELECT "id" FROM "Household" WHERE "id" = ?`, [householdId]);
      if (existing) throw new AppError("CONFLICT", `Household ${householdId} already exists in this instance: an export is imported into an instance that does not have it yet. Nothing was changed.`);
      const written: Record<string, number> = {};
      for (const spec of EXPORT_ENTITIES) {
        const rows = spec.file === "household" ? [household] : (readJson(entries, `${spec.file}.json`) as Record<string, unknown>[]);
        if (!Array.isArray(rows)) throw new AppError("INVALID_INPUT", `${spec.file}.json must be a JSON array`);
        const columns = await tableColumns(tx, spec.table);
        const kinds = new Map(columns.map((c) => [c.name, c.kind]));
        const extra = spec.fill ?? {};
        const names = [...new Set([...rows.flatMap((r) => Object.keys(r)), ...Object.keys(extra)])];
        const unknown = names.filter((n) => !kinds.has(n));
        if (unknown.length) throw new AppError("INVALID_INPUT", `${spec.file}.json has columns this version does not know: ${unknown.join(", ")}`);
        const values: SqlValue[][] = rows.map((row, index) => {
          if (spec.file !== "household" && row.householdId !== undefined && row.householdId !== householdId) throw new AppError("INVALID_INPUT", `${spec.file}.json row ${index + 1} belongs to another household`);
          return names.map((name) => toSqlValue(kinds.get(name) ?? "text", name in extra ? extra[name] : row[name], tx.provider, `${spec.file}.json row ${index + 1}, ${name}`));
        });
        for (let start = 0; start < values.length; start += 1_000) await tx.insertMany(spec.table, names, values.slice(start, start + 1_000));
        written[spec.file] = rows.length;
      }
      if (options.ownerEmail) {
        const [user] = await tx.all<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = ?`, [options.ownerEmail.toLowerCase()]);
        if (!user) throw new AppError("NOT_FOUND", `No user ${options.ownerEmail}: create it first (tirelire user create)`);
        await tx.run(`INSERT INTO "Membership" ("id", "userId", "householdId", "role", "createdAt") VALUES (?, ?, ?, 'owner', ?)`, [newId(), user.id, householdId, tx.provider === "sqlite" ? new Date().toISOString().replace("Z", "+00:00") : new Date()]);
      }
      return written;
    });
    return { householdId, counts, billFiles: billNames.length };
  } catch (error) {
    removeFiles(created);
    throw error;
  }
}

function readJson(entries: ZipArchive, name: string): unknown {
  const bytes = entries.read(name);
  if (!bytes) throw new AppError("INVALID_INPUT", `The export is incomplete: ${name} is missing`);
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new AppError("INVALID_INPUT", `${name} in the export is not valid JSON`);
  }
}
