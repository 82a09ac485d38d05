/** The manifest at the root of every backup archive: what it holds and what a restore must be able to apply. */
import { z } from "zod";
import { AppError } from "../errors";

export const BACKUP_FORMAT = "tirelire-backup";
export const BACKUP_VERSION = 1;

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  provider: z.enum(["sqlite", "postgresql"]),
  /** "sqlite-file": database.sqlite is an online-backup snapshot; "jsonl": tables/<name>.jsonl. */
  layout: z.enum(["sqlite-file", "jsonl"]),
  migrations: z.array(z.string()),
  counts: z.record(z.string(), z.number().int().min(0)),
  billFiles: z.number().int().min(0),
  /** Bill files the database references but the data directory had lost when the backup ran. */
  missingBillFiles: z.array(z.string()).default([]),
  hasSecretKey: z.boolean(),
  createdAt: z.string(),
});

export type BackupManifest = z.infer<typeof manifestSchema>;

export function parseManifest(bytes: Uint8Array | undefined): BackupManifest {
  if (!bytes) throw new AppError("INVALID_INPUT", "Not a Tirelire backup: manifest.json is missing from the archive");
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new AppError("INVALID_INPUT", "Not a Tirelire backup: manifest.json is not valid JSON");
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw new AppError("INVALID_INPUT", `Not a Tirelire backup this version can read: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return parsed.data;
}
