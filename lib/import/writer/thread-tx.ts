/**
 * A RawTx whose statements run on a writer thread (thread-source.ts) with its own SQLite connection and ONE
 * transaction, so the bulk inserts of an import use the second core while this thread parses and categorizes
 * the next rows. Inserts are sent without waiting (a few batches in flight at most, so memory stays bounded);
 * reads and updates wait for their answer, hence for every insert sent before them: the same order and the
 * same visibility as one connection. The first failure anywhere rolls the whole transaction back.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { RawTx, Row, SqlValue } from "../../db/raw";
import { SQLITE_PRAGMAS } from "../../db/raw";
import { WRITER_THREAD_SOURCE } from "./thread-source";

/** Insert batches sent but not yet written; beyond this the producer waits (backpressure). */
const MAX_INSERTS_IN_FLIGHT = 4;

interface Answer {
  id: number;
  result: unknown;
  error: { message: string; name: string; code?: string } | null;
}

/** The thread could not start at all (no driver in reach): the caller may fall back to its own connection. */
export class WriterThreadUnavailable extends Error {}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

function toThreadParam(value: SqlValue): unknown {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  return value;
}

function toError(error: NonNullable<Answer["error"]>): Error {
  return Object.assign(new Error(error.message), { name: error.name, ...(error.code ? { code: error.code } : {}) });
}

/**
 * Rows → what crosses the thread boundary: the columns equal in every row once, the others as one flat array
 * (an import's household, account, batch and timestamps are the same on all rows). A flat array of primitives
 * clones several times faster than an array of row arrays.
 */
export function packRows(width: number, rows: readonly (readonly SqlValue[])[]) {
  const first = rows[0]!;
  const constants = first.map(toThreadParam);
  const varying: number[] = [];
  for (let c = 0; c < width; c++) {
    const value = first[c];
    for (let r = 1; r < rows.length; r++) {
      if (rows[r]![c] !== value) {
        varying.push(c);
        break;
      }
    }
  }
  const values = new Array<unknown>(varying.length * rows.length);
  let at = 0;
  for (const row of rows) for (const c of varying) values[at++] = toThreadParam(row[c]!);
  return { constants, varying, values, count: rows.length };
}

class ThreadTx implements RawTx {
  readonly provider = "sqlite" as const;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly inFlight: Promise<unknown>[] = [];
  private isDone = false;
  readonly ready: Promise<unknown>;

  constructor(private readonly worker: Worker) {
    this.ready = new Promise((resolve, reject) => this.waiting.set(0, { resolve, reject }));
    worker.on("message", (answer: Answer) => {
      const waiter = this.waiting.get(answer.id);
      this.waiting.delete(answer.id);
      if (answer.error) waiter?.reject(toError(answer.error));
      else waiter?.resolve(answer.result);
    });
    worker.on("error", (error: Error) => this.abort(this.waiting.has(0) ? new WriterThreadUnavailable(error.message) : error));
    worker.on("exit", (code) => this.abort(new Error(`The import writer thread stopped (exit code ${code}).`)));
  }

  private abort(error: Error) {
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
    this.isDone = true;
  }

  private send(message: Record<string, unknown>): Promise<unknown> {
    if (this.isDone) return Promise.reject(new Error("The import writer thread is closed."));
    const id = this.nextId++;
    const answer = new Promise((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    this.worker.postMessage({ ...message, id });
    return answer;
  }

  async all<T = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return (await this.send({ op: "all", sql, params: params.map(toThreadParam) })) as T[];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return (await this.send({ op: "run", sql, params: params.map(toThreadParam) })) as number;
  }

  async insertMany(table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): Promise<void> {
    if (!rows.length) return;
    const answer = this.send({ op: "insert", table: quote(table), columns: columns.map(quote).join(", "), width: columns.length, ...packRows(columns.length, rows) });
    answer.catch(() => undefined); // awaited below or surfaced by the next read or the commit
    this.inFlight.push(answer);
    while (this.inFlight.length > MAX_INSERTS_IN_FLIGHT) await this.inFlight.shift();
  }

  async end(commit: boolean): Promise<void> {
    const answer = this.send({ op: "end", commit });
    // The thread stops listening after "end": anything sent later must fail here, not wait forever.
    this.isDone = true;
    this.inFlight.length = 0;
    await answer;
  }
}

/**
 * The SQLite driver's path for the thread, which resolves modules from the working directory only: also looked
 * up next to the entry script (the standalone server's own node_modules). null: the thread tries by name.
 */
function driverPath(): string | null {
  const places = [process.cwd(), ...(process.argv[1] ? [path.dirname(process.argv[1])] : [])];
  try {
    return createRequire(path.join(process.cwd(), "noop.js")).resolve("better-sqlite3", { paths: places });
  } catch {
    return null;
  }
}

/**
 * Runs fn against a writer thread's transaction on the SQLite file: committed when fn resolves, rolled back
 * when it throws or any statement failed. Throws WriterThreadUnavailable, having done nothing, if the thread
 * cannot start. whileStarting (pure work that needs no transaction) runs here while the thread boots.
 */
export async function onWriterThread<T>(file: string, fn: (tx: RawTx) => Promise<T>, whileStarting: () => void = () => undefined): Promise<T> {
  // No execArgv: the thread runs plain JavaScript and needs no TypeScript loader (saves its start-up time).
  const worker = new Worker(WRITER_THREAD_SOURCE, { eval: true, execArgv: [], workerData: { file, pragmas: SQLITE_PRAGMAS, driver: driverPath() ?? "better-sqlite3" } });
  const tx = new ThreadTx(worker);
  try {
    // The thread takes tens of milliseconds to boot and open its connection: this thread works meanwhile. If
    // that work throws, nobody awaits the start any more: its failure must not become an unhandled rejection.
    tx.ready.catch(() => undefined);
    whileStarting();
    await tx.ready;
  } catch (error) {
    void worker.terminate();
    throw error;
  }
  let result: T;
  try {
    result = await fn(tx);
    await tx.end(true);
  } catch (error) {
    await tx.end(false).catch(() => undefined);
    void worker.terminate();
    throw error;
  }
  // Committed: the thread checkpoints, closes and ends by itself; it does not keep the process alive.
  worker.unref();
  return result;
}
