/** Reads a file named on the command line, with one clear message when it cannot be read. */
import fs from "node:fs";
import { AppError } from "../errors";

export function readInputFile(filePath: string): Uint8Array {
  try {
    const buffer = fs.readFileSync(filePath);
    // A view, not a copy: a large bank export would otherwise be held twice while it is read.
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : String(code ?? error);
    throw new AppError("INVALID_INPUT", `Cannot read ${filePath}: ${why}.`);
  }
}
