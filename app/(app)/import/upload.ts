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

export function postFile<T>(url: string, file: File, fields: Record<string, string>, onProgress?: (fraction: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    form.append("file", file, file.name);
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
  const units = ["B", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) { value /= 1024; unit++; }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit ? 1 : 0 }).format(value)} ${units[unit]}`;
}
