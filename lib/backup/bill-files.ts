/**
 * Bill files travel with backups and exports under their content-addressed path (bills/<aa>/<sha256>):
 * the name is the checksum, so a restore verifies every byte before it writes anything.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataDir } from "../config";
import { AppError } from "../errors";

const BILL_PATH = /^bills\/([0-9a-f]{2})\/([0-9a-f]{64})$/;

/** The stored path as an archive entry name (always forward slashes), or null when it is not a bill file path. */
export function billEntryName(storedPath: string): string | null {
  const name = storedPath.split(path.sep).join("/");
  const match = BILL_PATH.exec(name);
  return match && match[2]?.startsWith(match[1] ?? "") ? name : null;
}

export function absoluteBillPath(entryName: string): string {
  return path.join(/*turbopackIgnore: true*/ dataDir(), ...entryName.split("/"));
}

/** Checks an archived bill file against the checksum its name carries. */
export function verifyBillEntry(entryName: string, bytes: Uint8Array): void {
  const match = BILL_PATH.exec(entryName);
  const digest = crypto.createHash("sha256").update(bytes).digest("hex");
  if (!match || match[2] !== digest) throw new AppError("INVALID_INPUT", `Bill file ${entryName} in the archive is damaged (its content does not match its checksum)`);
}

/**
 * Writes the files that are missing; returns the paths it created so a failed restore can remove exactly those
 * (files already there are identical by construction and stay).
 */
export function writeBillFiles(entries: readonly (readonly [string, Uint8Array | (() => Uint8Array)])[]): string[] {
  const created: string[] = [];
  try {
    for (const [name, bytes] of entries) {
      const target = absoluteBillPath(name);
      if (fs.existsSync(target)) continue;
      fs.mkdirSync(path.dirname(target), { recursive: true });
      const temp = `${target}.${process.pid}.tmp`;
      // Bytes may come lazily (read from the archive one file at a time, never all at once).
      fs.writeFileSync(temp, typeof bytes === "function" ? bytes() : bytes);
      fs.renameSync(temp, target);
      created.push(target);
    }
    return created;
  } catch (error) {
    removeFiles(created);
    throw error;
  }
}

export function removeFiles(files: readonly string[]): void {
  for (const file of files) fs.rmSync(file, { force: true });
}
