/**
 * Bills uploaded on the bills page: several PDF/XML files in one multipart request (field `files`), each
 * capped, read by the built-in e-invoice konnector (a run is recorded, nothing is duplicated), and answered
 * with what was read per file so the page can show it and send plain PDFs to their "to complete" form.
 */
import { AppError } from "../../errors";
import { requirePermission, type HouseholdContext } from "../../auth/guard";
import { readBodyCapped } from "../../http/upload";
import { MAX_EINVOICE_BYTES } from "../../konnectors/einvoice/sniff";
import { runKonnector } from "../../konnectors/run";
import { getBill } from "../list";

export const MAX_UPLOAD_FILES = 20;
export const MAX_UPLOAD_TOTAL_BYTES = 60 * 1024 * 1024;

export interface UploadedBillSummary {
  id: string;
  vendor: string;
  vendorRef: string | null;
  amount: string;
  currency: string;
  date: string;
  dueDate: string | null;
  status: "complete" | "to_complete";
}

export interface UploadedFileReport {
  name: string;
  status: "stored" | "failed";
  created: number;
  existing: number;
  error: string | null;
  bills: UploadedBillSummary[];
}

export interface BillUploadResult {
  created: number;
  existing: number;
  failed: number;
  files: UploadedFileReport[];
}

export async function readBillUploads(request: Request): Promise<{ name: string; bytes: Uint8Array }[]> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.startsWith("multipart/form-data")) throw new AppError("INVALID_INPUT", "Send the files as multipart/form-data.");
  const body = await readBodyCapped(request, MAX_UPLOAD_TOTAL_BYTES);
  let form: FormData;
  try {
    form = await new Response(body as BodyInit, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new AppError("INVALID_INPUT", "The upload is not a readable multipart form.");
  }
  const files = form.getAll("files").filter((f): f is File => typeof f !== "string");
  if (!files.length) throw new AppError("INVALID_INPUT", "Choose at least one file.", { details: { fields: [{ field: "files", message: "Choose at least one file." }] } });
  if (files.length > MAX_UPLOAD_FILES) throw new AppError("TOO_LARGE", `At most ${MAX_UPLOAD_FILES} files at once.`);
  const tooBig = files.find((f) => f.size > MAX_EINVOICE_BYTES);
  if (tooBig) throw new AppError("TOO_LARGE", `${tooBig.name} is larger than ${MAX_EINVOICE_BYTES / 1024 / 1024} MB.`);
  return Promise.all(files.map(async (f) => ({ name: f.name || "upload", bytes: new Uint8Array(await f.arrayBuffer()) })));
}

export async function importBillUploads(ctx: HouseholdContext, files: readonly { name: string; bytes: Uint8Array }[]): Promise<BillUploadResult> {
  requirePermission(ctx, "write");
  const run = await runKonnector(ctx, "einvoice", { files, includeScheduledSources: false });
  const reports: UploadedFileReport[] = [];
  for (const item of run.items) {
    const bills = await Promise.all([...new Set(item.billIds)].map((id) => getBill(ctx, id)));
    reports.push({
      name: item.source, status: item.status, created: item.created, existing: item.existing, error: item.error,
      bills: bills.map((b) => ({ id: b.id, vendor: b.vendor, vendorRef: b.vendorRef, amount: b.amount, currency: b.currency, date: b.date, dueDate: b.dueDate, status: b.status })),
    });
  }
  return { created: run.created, existing: run.existing, failed: run.failed, files: reports };
}
