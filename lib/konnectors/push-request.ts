/**
 * Reads a bills push request: JSON (`{ "bills": [...] }`, an array, or one bill) or multipart/form-data with a
 * `bills` JSON field and an optional `file` (the invoice PDF). The body is read with a hard cap before any
 * parsing, whatever Content-Length claims.
 */
import { AppError } from "../errors";
import { readBodyUpTo } from "../http/upload";
import type { KonnectorFile } from "./types";

export const MAX_PUSH_BYTES = 25 * 1024 * 1024;

export interface PushPayload {
  bills: unknown[];
  file: KonnectorFile | null;
}

const tooLarge = (limit: number) => new AppError("TOO_LARGE", `Request body larger than ${limit} bytes`, { userMessage: `The request is too large (limit ${Math.round(limit / 1024 / 1024)} MB).` });

function invalid(message: string, field: string | null = null): AppError {
  return new AppError("INVALID_INPUT", message, { details: { fields: [{ field, message }] } });
}

/** `{ bills: [...] }`, a bare array, or one bill object. */
export function billsFromJson(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value && typeof value === "object") {
    const bills = (value as { bills?: unknown }).bills;
    if (bills === undefined) return [value];
    if (Array.isArray(bills)) return bills;
    throw invalid("`bills` must be an array of bills", "bills");
  }
  throw invalid("Expected a bill object, an array of bills, or { \"bills\": [...] }");
}

function parseJsonText(text: string, field: string | null): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw invalid(`Not valid JSON: ${(error as Error).message}`, field);
  }
}

export async function readPushRequest(request: Request, limit = MAX_PUSH_BYTES): Promise<PushPayload> {
  const contentType = (request.headers.get("content-type") ?? "").toLowerCase();
  const body = await readBodyUpTo(request, limit, () => tooLarge(limit));
  if (contentType.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
    } catch {
      throw invalid("Malformed multipart body");
    }
    const billsField = form.get("bills");
    if (billsField === null) throw invalid("A multipart push needs a `bills` field holding the bills JSON", "bills");
    const billsText = typeof billsField === "string" ? billsField : await billsField.text();
    const fileField = form.get("file");
    if (typeof fileField === "string") throw invalid("`file` must be a file upload", "file");
    const file = fileField ? { bytes: new Uint8Array(await fileField.arrayBuffer()), name: fileField.name || null } : null;
    return { bills: billsFromJson(parseJsonText(billsText, "bills")), file };
  }
  if (contentType && !contentType.startsWith("application/json") && !contentType.endsWith("+json")) {
    throw new AppError("UNSUPPORTED_FORMAT", `Unsupported content type ${contentType}: send application/json or multipart/form-data`);
  }
  return { bills: billsFromJson(parseJsonText(new TextDecoder().decode(body), null)), file: null };
}
