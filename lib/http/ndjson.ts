/**
 * Streamed answers as NDJSON (one JSON value a line) for long requests that can tell where they stand: the status
 * is sent at once, `{"progress":…}` lines follow as the work reports them, then exactly one `{"result":…}` or
 * `{"error":{code,message,…,status}}` line (the status the error would have had, since the real one is sent).
 */
import { errorResponse } from "./api";
import type { Locale } from "../i18n";

export const NDJSON_TYPE = "application/x-ndjson";

/** The client asked for a streamed answer (`Accept: application/x-ndjson`). */
export function isNdjsonAccepted(request: Request): boolean {
  return (request.headers.get("accept") ?? "").split(",").some((part) => part.split(";")[0]?.trim().toLowerCase() === NDJSON_TYPE);
}

/** One line: bigint written as a decimal string, like the JSON answers. */
export function ndjsonLine(value: unknown): string {
  return `${JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v))}\n`;
}

/**
 * Starts `work` now (it runs to the end even if the client goes away: a commit is not cut halfway) and answers
 * with its progress lines, then its result or error line. Errors keep the JSON answers' shape and translation.
 */
export function ndjsonResponse<P, R>(work: (report: (progress: P) => void) => Promise<R>, { status = 200, locale = "en" }: { status?: number; locale?: Locale } = {}): Response {
  const encoder = new TextEncoder();
  let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  let isClosed = false;
  const send = (line: string) => {
    if (!isClosed && controller) enqueue(controller, encoder.encode(line));
  };
  const body = new ReadableStream<Uint8Array>({
    // Called by the constructor itself: the controller is there before the work can report anything.
    start(started) {
      controller = started;
    },
    cancel() {
      isClosed = true;
    },
  });
  void Promise.resolve()
    .then(() => work((progress) => send(ndjsonLine({ progress }))))
    .then(
      (result) => send(ndjsonLine({ result })),
      async (error: unknown) => {
        const response = errorResponse(error, locale);
        const { error: shape } = (await response.json()) as { error: Record<string, unknown> };
        send(ndjsonLine({ error: { ...shape, status: response.status } }));
      },
    )
    .finally(() => {
      if (isClosed || !controller) return;
      isClosed = true;
      try {
        controller.close();
      } catch {
        // Cancelled by the client meanwhile: nothing to close.
      }
    });
  return new Response(body, { status, headers: { "Content-Type": `${NDJSON_TYPE}; charset=utf-8`, "Cache-Control": "no-store", "X-Accel-Buffering": "no" } });
}

function enqueue(controller: ReadableStreamDefaultController<Uint8Array>, bytes: Uint8Array) {
  try {
    controller.enqueue(bytes);
  } catch {
    // The client went away: the work goes on, its lines have nowhere to go.
  }
}
