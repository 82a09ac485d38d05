/**
 * Bill files (invoice PDFs, e-invoice XML), content-addressed under <dataDir>/bills/<sha256[0..2]>/<sha256>.
 * On disk for both SQLite and PostgreSQL: the data directory already holds the secret key and is what a backup
 * copies, files stream without bloating the database, and identical content is stored once. Rows are per
 * household, so a file is only ever read back through a household-scoped lookup.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataDir } from "../config";
import { AppError, notFound } from "../errors";
import { newId, type RawTx } from "../db/raw";
import { raw } from "../db/raw";
import type { HouseholdContext } from "../auth/guard";

export const MAX_BILL_FILE_BYTES = 20 * 1024 * 1024;

export interface BillFileInput {
  bytes: Uint8Array;
  name?: string | null;
}

export interface StoredBillFile {
  id: string;
  sha256: string;
  mime: string;
  size: number;
  name: string | null;
}

const SIGNATURES: readonly [string, (b: Uint8Array) => boolean][] = [
  ["application/pdf", (b) => ascii(b, 0, 1024).includes("%PDF-")],
  ["image/png", (b) => b[0] === 0x89 && ascii(b, 1, 4) === "PNG"],
  ["image/jpeg", (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ["application/xml", (b) => /^(\xef\xbb\xbf)?\s*<(\?xml|[A-Za-z_])/.test(ascii(b, 0, 256))],
];

function ascii(bytes: Uint8Array, start: number, end: number): string {
  let out = "";
  for (let i = start; i < Math.min(end, bytes.length); i++) out += String.fromCharCode(bytes[i] ?? 0);
  return out;
}

/** The MIME type from the bytes (PDF, XML, PNG, JPEG); anything else is refused. */
export function sniffBillFileMime(bytes: Uint8Array): string {
  if (!bytes.length) throw new AppError("INVALID_INPUT", "The bill file is empty");
  if (bytes.length > MAX_BILL_FILE_BYTES) throw new AppError("TOO_LARGE", `Bill files are limited to ${MAX_BILL_FILE_BYTES} bytes (got ${bytes.length})`);
  const found = SIGNATURES.find(([, test]) => test(bytes));
  if (!found) throw new AppError("UNSUPPORTED_FORMAT", "A bill file must be a PDF, an XML e-invoice, or a PNG/JPEG scan");
  return found[0];
}

export function sha256Hex(bytes: Uint8Array): string {
  return crypto.createHash("sha256").update(bytes).digest("hex");
}

function relativePathFor(sha256: string): string {
  return path.join("bills", sha256.slice(0, 2), sha256);
}

// `turbopackIgnore` marks run-time paths: without it the build would trace the whole project into the output.

/** Writes the content once (temp file + rename, so a crash never leaves a truncated file under the final name). */
function writeContent(sha256: string, bytes: Uint8Array): string {
  const relative = relativePathFor(sha256);
  const absolute = path.join(/*turbopackIgnore: true*/ dataDir(), relative);
  if (fs.existsSync(/*turbopackIgnore: true*/ absolute) && fs.statSync(/*turbopackIgnore: true*/ absolute).size === bytes.length) return relative;
  fs.mkdirSync(/*turbopackIgnore: true*/ path.dirname(absolute), { recursive: true });
  const temp = `${absolute}.${process.pid}.${Date.now()}.tmp`;
  fs.writeFileSync(/*turbopackIgnore: true*/ temp, bytes);
  fs.renameSync(/*turbopackIgnore: true*/ temp, absolute);
  return relative;
}

/** Stores a file for a household inside the caller's transaction; the same content twice gives the same row. */
export async function storeBillFile(tx: RawTx, householdId: string, file: BillFileInput): Promise<StoredBillFile> {
  const mime = sniffBillFileMime(file.bytes);
  const sha256 = sha256Hex(file.bytes);
  const relative = writeContent(sha256, file.bytes);
  const name = file.name ? path.basename(file.name).slice(0, 255) : null;
  await tx.run(
    `INSERT INTO "BillFile" ("id", "householdId", "sha256", "mime", "size", "name", "path", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT ("householdId", "sha256") DO NOTHING`,
    [newId(), householdId, sha256, mime, file.bytes.length, name, relative, new Date()],
  );
  const [row] = await tx.all<{ id: string; name: string | null }>(`SELECT "id", "name" FROM "BillFile" WHERE "householdId" = ? AND "sha256" = ?`, [householdId, sha256]);
  if (!row) throw new AppError("INTERNAL", "Bill file row missing after insert");
  return { id: row.id, sha256, mime, size: file.bytes.length, name: row.name };
}

export interface BillFileContent extends StoredBillFile {
  bytes: Uint8Array;
}

/** Reads a file back, only for the household that owns it; the content is checked against its hash. */
export async function readBillFile(ctx: HouseholdContext, fileId: string): Promise<BillFileContent> {
  const [row] = await raw().all<{ id: string; sha256: string; mime: string; size: unknown; name: string | null; path: string | null; content: Uint8Array | null }>(
    `SELECT "id", "sha256", "mime", "size", "name", "path", "content" FROM "BillFile" WHERE "id" = ? AND "householdId" = ?`,
    [fileId, ctx.householdId],
  );
  if (!row) throw notFound("Bill file");
  const bytes = row.content ? new Uint8Array(row.content) : readFromDisk(row.path);
  if (sha256Hex(bytes) !== row.sha256) throw new AppError("INTERNAL", `Bill file ${row.id} does not match its checksum`, { userMessage: "This bill file is damaged on the server." });
  return { id: row.id, sha256: row.sha256, mime: row.mime, size: Number(row.size), name: row.name, bytes };
}

function readFromDisk(relative: string | null): Uint8Array {
  if (!relative) throw new AppError("INTERNAL", "Bill file has neither a path nor content");
  const base = path.resolve(/*turbopackIgnore: true*/ dataDir());
  const absolute = path.resolve(/*turbopackIgnore: true*/ base, relative);
  // Paths come from our own rows, but never follow one outside the data directory.
  if (!absolute.startsWith(base + path.sep)) throw new AppError("INTERNAL", "Bill file path escapes the data directory");
  try {
    return new Uint8Array(fs.readFileSync(/*turbopackIgnore: true*/ absolute));
  } catch {
    throw new AppError("INTERNAL", `Bill file missing on disk: ${relative}`, { userMessage: "This bill file is missing on the server (restore it from a backup)." });
  }
}

/** The file of a bill, through the bill (so the bill's household scopes it). */
export async function readBillFileOfBill(ctx: HouseholdContext, billId: string): Promise<BillFileContent> {
  const [row] = await raw().all<{ fileId: string | null }>(`SELECT "fileId" FROM "Bill" WHERE "id" = ? AND "householdId" = ?`, [billId, ctx.householdId]);
  if (!row) throw notFound("Bill");
  if (!row.fileId) throw notFound("Bill file");
  return readBillFile(ctx, row.fileId);
}
