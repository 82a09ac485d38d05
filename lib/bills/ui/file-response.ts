/**
 * The HTTP response for a bill's file. Only PDFs are shown inline (the bill page embeds them); XML and images are
 * always downloaded, so a stored file can never run as a page of our origin. nosniff keeps browsers to the
 * sniffed type we stored; framing is allowed from our own pages only (the global X-Frame-Options: DENY would
 * block the viewer).
 */
import type { HouseholdContext } from "../../auth/guard";
import { readBillFileOfBill } from "../files";

const SAFE_NAME = /[^\w.\- ]+/g;

/** An ASCII fallback name plus the RFC 5987 UTF-8 form, so any file name survives the header. */
export function contentDisposition(kind: "inline" | "attachment", name: string): string {
  const ascii = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(SAFE_NAME, "_").slice(0, 150) || "bill";
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

const EXTENSIONS: Readonly<Record<string, string>> = { "application/pdf": ".pdf", "application/xml": ".xml", "image/png": ".png", "image/jpeg": ".jpg" };

export async function billFileResponse(ctx: HouseholdContext, billId: string, options: { isDownload: boolean }): Promise<Response> {
  const file = await readBillFileOfBill(ctx, billId);
  const isPdf = file.mime === "application/pdf";
  const name = file.name ?? `bill-${billId}${EXTENSIONS[file.mime] ?? ""}`;
  const headers: Record<string, string> = {
    "Content-Type": file.mime === "application/xml" ? "application/xml; charset=utf-8" : file.mime,
    "Content-Length": String(file.bytes.byteLength),
    "Content-Disposition": contentDisposition(isPdf && !options.isDownload ? "inline" : "attachment", name),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
    "Content-Security-Policy": isPdf ? "frame-ancestors 'self'" : "default-src 'none'; frame-ancestors 'none'; sandbox",
    "X-Frame-Options": isPdf ? "SAMEORIGIN" : "DENY",
  };
  return new Response(file.bytes as BodyInit, { status: 200, headers });
}
