/**
 * The built-in e-invoice konnector: reads the files it is given (upload, `tirelire bills import`) and, on
 * scheduled or on-demand runs, the household's inbox folder <dataDir>/inbox/<householdId>/, moving each file
 * to processed/ or failed/ once read so a run never reads it twice.
 */
import fs from "node:fs";
import path from "node:path";
import { dataDir } from "../../config";
import { toAppError } from "../../errors";
import { todayIso } from "../../dates";
import { db } from "../../db/client";
import { parseEInvoice } from "../einvoice/parse";
import { parsedBillToInput } from "../einvoice/to-input";
import { MAX_EINVOICE_BYTES } from "../einvoice/sniff";
import type { CollectedItem, Konnector, KonnectorFile } from "../types";

const MAX_INBOX_FILES_PER_RUN = 500;

export function inboxDir(householdId: string): string {
  return path.join(/*turbopackIgnore: true*/ dataDir(), "inbox", householdId);
}

function readItem(file: KonnectorFile, currency: string): CollectedItem {
  const source = file.name ?? "upload";
  try {
    const { bill } = parseEInvoice(file.bytes);
    return { source, bills: [parsedBillToInput(bill, { currency, today: todayIso() })], file };
  } catch (error) {
    return { source, bills: [], file, error: toAppError(error).userMessage };
  }
}

/** Moves a read file aside; a concurrent run may have moved it already, which is fine. */
function moveTo(file: string, folder: "processed" | "failed"): void {
  const target = path.join(path.dirname(file), folder, `${new Date().toISOString().replace(/[:.]/g, "-")}_${path.basename(file)}`);
  try {
    fs.mkdirSync(/*turbopackIgnore: true*/ path.dirname(target), { recursive: true });
    fs.renameSync(/*turbopackIgnore: true*/ file, target);
  } catch (error) {
    if ((error as { code?: string }).code !== "ENOENT") throw error;
  }
}

function listInbox(dir: string): string[] {
  if (!fs.existsSync(/*turbopackIgnore: true*/ dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
    .map((entry) => path.join(dir, entry.name))
    .sort()
    .slice(0, MAX_INBOX_FILES_PER_RUN);
}

/** Households whose inbox holds files waiting to be read (directory names are household ids). */
export function householdsWithPendingInbox(): string[] {
  const root = path.join(/*turbopackIgnore: true*/ dataDir(), "inbox");
  if (!fs.existsSync(/*turbopackIgnore: true*/ root)) return [];
  return fs
    .readdirSync(/*turbopackIgnore: true*/ root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^[\w-]{1,64}$/.test(entry.name) && listInbox(path.join(/*turbopackIgnore: true*/ root, entry.name)).length > 0)
    .map((entry) => entry.name);
}

export const einvoiceKonnector: Konnector = {
  slug: "einvoice",
  name: "E-invoices",
  description: "Factur-X, ZUGFeRD, XRechnung, UBL and CII invoices, uploaded or dropped in the inbox folder; plain PDFs are kept as bills to complete.",
  async *collect({ ctx, files, includeScheduledSources }) {
    const household = await db().household.findUnique({ where: { id: ctx.householdId }, select: { currency: true } });
    const currency = household?.currency ?? "EUR";
    for (const file of files) yield readItem(file, currency);
    if (!includeScheduledSources) return;
    for (const filePath of listInbox(inboxDir(ctx.householdId))) {
      const size = fs.statSync(/*turbopackIgnore: true*/ filePath).size;
      const item: CollectedItem =
        size > MAX_EINVOICE_BYTES
          ? { source: path.basename(filePath), bills: [], error: `File larger than ${MAX_EINVOICE_BYTES} bytes` }
          : readItem({ bytes: new Uint8Array(fs.readFileSync(/*turbopackIgnore: true*/ filePath)), name: path.basename(filePath) }, currency);
      yield { ...item, settle: (outcome) => moveTo(filePath, outcome === "stored" ? "processed" : "failed") };
    }
  },
};
