/**
 * Built-in CSV profiles for the banks whose exports we ship as fixtures. Detection tries them before guessing,
 * on the first rows of the file (header presets recognise their header, headerless ones their first row).
 */
import { bankOfIrelandIe, johnLewisCardUk, nationwideUk, ocbcSg } from "./english";
import { asnNl, kbcBe, knabNl, rabobankNl } from "./benelux";
import { glsDe, ingDibaAt, livebankAt, raiffeisenElbaAt, sparkasseDe, ubsCh } from "./german";
import { bancoDoBrasil, ersteHu, nordeaDk, raiffeisenbankCz, swedbankLt } from "./others";
import type { CsvPreset } from "./types";

export type { CsvPreset } from "./types";

export const csvPresets: readonly CsvPreset[] = [
  sparkasseDe, glsDe, livebankAt, ingDibaAt, raiffeisenElbaAt, ubsCh,
  rabobankNl, knabNl, asnNl, kbcBe,
  johnLewisCardUk, nationwideUk, bankOfIrelandIe, ocbcSg,
  nordeaDk, swedbankLt, raiffeisenbankCz, ersteHu, bancoDoBrasil,
];

export function findPreset(name: string): CsvPreset | null {
  const key = name.trim().toLowerCase();
  return csvPresets.find((preset) => preset.name === key || preset.profile.name.toLowerCase() === key) ?? null;
}

/** The first preset recognising one of the first rows, with that row's position. */
export function matchPreset(rows: readonly (readonly string[])[], maxRows = 40): { preset: CsvPreset; rowIndex: number } | null {
  const limit = Math.min(rows.length, maxRows);
  for (let rowIndex = 0; rowIndex < limit; rowIndex++) {
    for (const preset of csvPresets) if (preset.match(rows[rowIndex]!)) return { preset, rowIndex };
  }
  return null;
}
