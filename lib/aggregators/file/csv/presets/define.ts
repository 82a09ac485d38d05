import { csvProfileSchema, type CsvProfileInput } from "../profile";
import type { CsvPreset } from "./types";

/** Validates a preset's profile once, at load: a broken built-in fails every test, not a user's import. */
export function definePreset(preset: Omit<CsvPreset, "profile"> & { profile: CsvProfileInput }): CsvPreset {
  return { ...preset, profile: csvProfileSchema.parse(preset.profile) };
}
