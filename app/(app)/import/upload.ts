/** Browser uploads with progress (XMLHttpRequest: fetch cannot report upload progress) and the API's JSON errors. */
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

/** POSTs the file (or a prefix of it, as a Blob named like the file) with form fields; progress is the upload's. */
export function postFile<T>(url: string, file: Blob, fileName: string, fields: Record<string, string>, onProgress?: (fraction: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    form.append("file", file, fileName);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.responseType = "text";
    if (onProgress) xhr.upload.onprogress = (event) => { if (event.lengthComputable) onProgress(event.loaded / event.total); };
    xhr.onerror = () => reject(new UploadError({ code: "NETWORK", message: "The server could not be reached." }, 0));
    xhr.onload = () => {
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
