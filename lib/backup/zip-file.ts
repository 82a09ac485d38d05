/**
 * A zip written entry by entry straight to disk (fflate's synchronous streaming Zip), so a backup of a large
 * database never holds the whole archive in memory. The file appears under its final name only when complete.
 */
import fs from "node:fs";
import { Zip, ZipDeflate } from "fflate";

export interface ZipFileWriter {
  /** Adds an entry from chunks; compressed unless told otherwise (content that is already compressed). */
  addEntry(name: string, chunks: Iterable<Uint8Array | string>): void;
  /** Finishes the archive and moves it to its final path. */
  finish(): void;
  /** Drops the partial archive. */
  abort(): void;
}

export function openZipFile(finalPath: string): ZipFileWriter {
  const tempPath = `${finalPath}.${process.pid}.partial`;
  const fd = fs.openSync(tempPath, "w", 0o600);
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else fs.writeSync(fd, chunk);
  });
  const encoder = new TextEncoder();
  const check = () => {
    if (failure) throw failure;
  };
  return {
    addEntry(name, chunks) {
      const entry = new ZipDeflate(name, { level: 6 });
      zip.add(entry);
      for (const chunk of chunks) entry.push(typeof chunk === "string" ? encoder.encode(chunk) : chunk, false);
      entry.push(new Uint8Array(0), true);
      check();
    },
    finish() {
      zip.end();
      check();
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      fs.renameSync(tempPath, finalPath);
    },
    abort() {
      try {
        fs.closeSync(fd);
      } catch {
        // already closed
      }
      fs.rmSync(tempPath, { force: true });
    },
  };
}

/** A file's bytes in 1 MiB chunks. */
export function* fileChunks(file: string): Generator<Uint8Array> {
  const fd = fs.openSync(file, "r");
  try {
    const buffer = Buffer.alloc(1 << 20);
    for (;;) {
      const read = fs.readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) return;
      yield Uint8Array.prototype.slice.call(buffer, 0, read);
    }
  } finally {
    fs.closeSync(fd);
  }
}
