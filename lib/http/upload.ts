/**
 * Reading an uploaded file with a hard size cap: the body is counted as it streams in and refused (TOO_LARGE)
 * past the cap, whatever Content-Length claims, so a huge upload never sits whole in memory.
 */
import { AppError } from "../errors";

const DEFAULT_MAX_UPLOAD_MB = 50;

/** The per-request cap: TIRELIRE_MAX_UPLOAD_MB (default 50 MB), plus room for the multipart envelope. */
export function maxUploadBytes(): number {
  const mb = Number(process.env.TIRELIRE_MAX_UPLOAD_MB ?? DEFAULT_MAX_UPLOAD_MB);
  return Math.floor((Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_MAX_UPLOAD_MB) * 1024 * 1024);
}

function tooLarge(maxBytes: number): AppError {
  const mb = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
  return new AppError("TOO_LARGE", `Upload larger than ${mb} MB`, { userMessage: `The file is larger than the ${mb} MB upload limit.` });
}

/** The request body, at most maxBytes long (plus 64 KB of form fields and multipart framing). */
export function readBodyCapped(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  return readBodyUpTo(request, maxBytes + 64 * 1024, () => tooLarge(maxBytes));
}

/**
 * The request body, refused with refuse() as soon as it passes limitBytes — before reading when Content-Length
 * already says so, else while it streams in, whatever Content-Length claimed.
 */
export async function readBodyUpTo(request: Request, limitBytes: number, refuse: () => AppError): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > limitBytes) throw refuse();
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limitBytes) {
      await reader.cancel().catch(() => undefined);
      throw refuse();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

export interface UploadedForm {
  fileName: string;
  bytes: Uint8Array;
  fields: Record<string, string>;
}

/** A multipart form with one `file` field, read under the cap. */
export async function readUploadForm(request: Request, maxBytes = maxUploadBytes()): Promise<UploadedForm> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.startsWith("multipart/form-data")) throw new AppError("INVALID_INPUT", "Send the file as multipart/form-data.");
  const body = await readBodyCapped(request, maxBytes);
  let form: FormData;
  try {
    form = await new Response(body as BodyInit, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new AppError("INVALID_INPUT", "The upload is not a readable multipart form.");
  }
  const file = form.get("file");
  if (!file || typeof file === "string") throw new AppError("INVALID_INPUT", "Choose a file.", { details: { fields: [{ field: "file", message: "Choose a file." }] } });
  if (file.size > maxBytes) throw tooLarge(maxBytes);
  const fields: Record<string, string> = {};
  for (const [key, value] of form) if (typeof value === "string") fields[key] = value;
  return { fileName: file.name || "upload", bytes: new Uint8Array(await file.arrayBuffer()), fields };
}
