/**
 * The transaction an import commits in. On SQLite it runs on a writer thread (writer/thread-tx.ts) with its own
 * connection, so inserting rows overlaps with parsing and categorizing the next ones on this thread; the plan
 * reads through this process's connection, which sees the database as the transaction found it (nothing else
 * can commit while the writer holds the write lock). On PostgreSQL, or where the thread cannot start, one
 * ordinary transaction serves both.
 */
import { raw, type RawTx } from "../db/raw";
import { databaseUrl, sqlitePath } from "../config";
import { onWriterThread, WriterThreadUnavailable } from "./writer/thread-tx";

let isThreadUnavailable = false;

/** whileStarting: pure work (no database) done before fn, while the writer thread boots; run exactly once. */
export async function inWriteTransaction<T>(fn: (tx: RawTx, reader: RawTx) => Promise<T>, whileStarting: () => void = () => undefined): Promise<T> {
  const db = raw();
  const file = db.provider === "sqlite" ? sqlitePath(databaseUrl()) : null;
  let isStarted = false;
  const startOnce = () => {
    if (isStarted) return;
    isStarted = true;
    whileStarting();
  };
  if (!file || file === ":memory:" || isThreadUnavailable) {
    startOnce();
    return db.transaction((tx) => fn(tx, tx));
  }
  try {
    // exclusive: our own connection holds no transaction meanwhile, so neither connection waits on the other.
    return await db.exclusive(() => onWriterThread(file, (tx) => fn(tx, db), startOnce));
  } catch (error) {
    if (!(error instanceof WriterThreadUnavailable)) throw error;
    console.warn(`import writer thread unavailable, writing on the main thread: ${error.message}`);
    isThreadUnavailable = true;
    startOnce();
    return db.transaction((tx) => fn(tx, tx));
  }
}
