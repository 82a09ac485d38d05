/**
 * Browser uploads with progress (XMLHttpRequest: fetch cannot report upload progress) and the API's JSON errors.
 * A commit can also follow the server's writing: it asks for NDJSON (docs/api.md) and reads the lines as they come.
 */
import type { ImportProgress } from "@/lib/import/types";

const NDJSON_TYPE = "application/x-ndjson";

export interface ApiErrorBody {
  code: string;
  message: string;
  line?: number;
  fields?: { field: string | null; message: string }[];
}

export class UploadError extends Error {
  constructor(readonly body: ApiErrorBody, readonly status: number) {
    super(body.message);
  }
}

/** The error as shown on a file's card: the server's message, with its line when the message does not name it. */
export function describeUploadError(error: unknown, withLine: (message: string, line: number) => string): string {
  if (!(error instanceof UploadError)) return error instanceof Error ? error.message : String(error);
  const { message, line } = error.body;
  return line && !new RegExp(`\\b${line}\\b`).test(message) ? withLine(message, line) : message;
}

/** The complete lines of an NDJSON text so far (a line still arriving is left for the next read). */
export function readNdjsonLines(text: string): unknown[] {
  const end = text.lastIndexOf("\n");
  if (end < 0) return [];
  return text.slice(0, end).split("\n").filter((line) => line.trim() !== "").map((line) => JSON.parse(line) as unknown);
}

/** The streamed answer's last line: its result, or its error (with the status it would have had). */
function settleNdjson<T>(text: string, status: number): T {
  const last = readNdjsonLines(`${text}\n`).at(-1) as { result?: T; error?: ApiErrorBody & { status?: number } } | undefined;
  if (last && "result" in last) return last.result as T;
  // No final line: the connection was cut while the server was writing.
  throw new UploadError(last?.error ?? { code: "NETWORK", message: "The server stopped answering before the import finished." }, last?.error?.status ?? status);
}

/**
 * POSTs the file (or a prefix of it, as a Blob named like the file) with form fields; progress is the upload's.
 * With `onServerProgress` the server streams where it stands once the bytes are sent (the import commit only).
 */
export function postFile<T>(url: string, file: Blob, fileName: string, fields: Record<string, string>, onProgress?: (fraction: number) => void, onServerProgress?: (progress: ImportProgress) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    form.append("file", file, fileName);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.responseType = "text";
    if (onServerProgress) {
      xhr.setRequestHeader("Accept", NDJSON_TYPE);
      let linesSeen = 0;
      xhr.onprogress = () => {
        if (xhr.status < 200 || xhr.status >= 300) return;
        const lines = readNdjsonLines(xhr.responseText) as { progress?: ImportProgress }[];
        for (const line of lines.slice(linesSeen)) if (line.progress) onServerProgress(line.progress);
        linesSeen = lines.length;
      };
    }
    if (onProgress) xhr.upload.onprogress = (event) => { if (event.lengthComputable) onProgress(event.loaded / event.total); };
    xhr.onerror = () => reject(new UploadError({ code: "NETWORK", message: "The server could not be reached." }, 0));
    xhr.onload = () => {
      const isStreamed = (xhr.getResponseHeader("content-type") ?? "").startsWith(NDJSON_TYPE);
      if (isStreamed && xhr.status >= 200 && xhr.status < 300) {
        try {
          return resolve(settleNdjson<T>(xhr.responseText, xhr.status));
        } catch (error) {
          return reject(error instanceof UploadError ? error : new UploadError({ code: `HTTP_${xhr.status}`, message: "The server's answer could not be read." }, xhr.status));
        }
      }
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // A proxy's HTML error page: reported below with the status.
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as T);
      const error = (body as { error?: ApiErrorBody } | null)?.error ?? { code: `HTTP_${xhr.status}`, message: `The server answered ${xhr.status}.` };
      reject(new UploadError(error, xhr.status));
    };
    xhr.send(form);
  });
}

export function formatBytes(bytes: number, locale: string): string {
  // French writes octets: "1,5 Mo".
  const units = locale.startsWith("fr") ? ["o", "Ko", "Mo", "Go"] : ["B", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) { value /= 1024; unit++; }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit ? 1 : 0 }).format(value)} ${units[unit]}`;
}
