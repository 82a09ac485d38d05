/** Reads a file named on the command line, with one clear message when it cannot be read. */
import fs from "node:fs";
import { AppError } from "../errors";

/**
 * The bytes live in shared memory: an import's writer thread then receives this same memory for the file's raw
 * copy (RawPayload) instead of a clone, one copy of the file fewer at the import's peak (a 1M-row CSV is ~45 MB).
 * Everything that reads bytes here (decoders, hashes, SQLite) takes a view of shared memory like any other.
 */
export function readInputFile(filePath: string): Uint8Array {
  let fd: number | null = null;
  try {
    fd = fs.openSync(filePath, "r");
    const size = fs.fstatSync(fd).size;
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    let offset = 0;
    while (offset < size) {
      const read = fs.readSync(fd, bytes, offset, size - offset, offset);
      if (read === 0) break; // the file shrank while it was read
      offset += read;
    }
    return offset === size ? bytes : bytes.subarray(0, offset);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : String(code ?? error);
    throw new AppError("INVALID_INPUT", `Cannot read ${filePath}: ${why}.`);
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}
