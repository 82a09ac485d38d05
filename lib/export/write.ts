/**
 * A household's full export as one zip, written as it is read: manifest.json, <entity>.json for every entity,
 * transactions.csv, and the bill files under bills/<aa>/<sha256>. Everything is read inside one transaction so
 * the files agree with each other. `onChunk` receives the archive bytes (a file, or an HTTP response stream).
 */
import fs from "node:fs";
import { Zip, ZipDeflate } from "fflate";
import type { RawDb } from "../db/raw";
import { notFound } from "../errors";
import { absoluteBillPath, billEntryName } from "../backup/bill-files";
import { EXPORT_ENTITIES } from "./entities";
import { readEntity } from "./read";
import { transactionsCsv } from "./csv";

export const EXPORT_FORMAT = "tirelire-export";
export const EXPORT_VERSION = 1;

export interface ExportManifest {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  householdId: string;
  exportedAt: string;
  counts: Record<string, number>;
  billFiles: number;
}

export async function writeExport(db: RawDb, householdId: string, onChunk: (chunk: Uint8Array, isFinal: boolean) => void): Promise<ExportManifest> {
  const zip = new Zip((error, chunk, isFinal) => {
    if (error) throw error;
    onChunk(chunk, isFinal);
  });
  const encoder = new TextEncoder();
  const add = (name: string, content: string | Uint8Array) => {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(typeof content === "string" ? encoder.encode(content) : content, true);
  };
  const manifest = await db.transaction(async (tx) => {
    const counts: Record<string, number> = {};
    let accountNames = new Map<string, string>();
    let billFiles = 0;
    for (const spec of EXPORT_ENTITIES) {
      const rows = await readEntity(tx, householdId, spec);
      if (spec.file === "household") {
        if (!rows[0]) throw notFound("Household");
        add("household.json", `${JSON.stringify(rows[0], null, 2)}\n`);
        continue;
      }
      counts[spec.file] = rows.length;
      add(`${spec.file}.json`, `${JSON.stringify(rows, null, 1)}\n`);
      if (spec.file === "accounts") accountNames = new Map(rows.map((a) => [String(a.id), String(a.name)]));
      if (spec.file === "transactions") add("transactions.csv", `${transactionsCsv(rows, accountNames).join("\r\n")}\r\n`);
      if (spec.file === "bill-files") {
        for (const file of rows) {
          const name = file.path ? billEntryName(String(file.path)) : null;
          if (!name || !fs.existsSync(absoluteBillPath(name))) continue;
          add(name, fs.readFileSync(absoluteBillPath(name)));
          billFiles++;
        }
      }
    }
    return { format: EXPORT_FORMAT, version: EXPORT_VERSION, householdId, exportedAt: new Date().toISOString(), counts, billFiles } as ExportManifest;
  });
  add("manifest.json", `${JSON.stringify(manifest, null, 2)}\n`);
  zip.end();
  return manifest;
}
