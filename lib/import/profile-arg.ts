/** `--profile NAME|PATH`: a built-in CSV preset by name, or a profile JSON file the user exported. */
import fs from "node:fs";
import { AppError } from "../errors";

export async function resolveProfileArg(value: string): Promise<unknown> {
  if (fs.existsSync(value) && fs.statSync(value).isFile()) {
    const text = fs.readFileSync(value, "utf8");
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new AppError("INVALID_INPUT", `The profile file ${value} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  // Loaded only when asked for: the presets are not needed to parse OFX, CAMT or MT940.
  const { findPreset } = await import("../aggregators/file/csv");
  const preset = findPreset(value);
  if (!preset) throw new AppError("NOT_FOUND", `No CSV profile named "${value}" (neither a built-in preset nor a file).`);
  return preset.profile;
}
