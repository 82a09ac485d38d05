/** Writes a household export to a file (temp name, renamed when complete). */
import fs from "node:fs";
import path from "node:path";
import { raw } from "../db/raw";
import { AppError } from "../errors";
import { writeExport, type ExportManifest } from "./write";

export async function exportToFile(householdId: string, outFile: string): Promise<ExportManifest & { file: string }> {
  const target = path.resolve(outFile);
  if (!fs.existsSync(path.dirname(target))) throw new AppError("INVALID_INPUT", `Cannot write ${outFile}: its directory does not exist`);
  const temp = `${target}.${process.pid}.partial`;
  const fd = fs.openSync(temp, "w", 0o600);
  try {
    const manifest = await writeExport(raw(), householdId, (chunk) => fs.writeSync(fd, chunk));
    fs.closeSync(fd);
    fs.renameSync(temp, target);
    return { ...manifest, file: target };
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
