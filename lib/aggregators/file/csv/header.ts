/**
 * Where the data starts: the header row is the early row whose cells name the most known column roles
 * (account-info preambles above it are skipped); without one, the first row that carries a date and an amount.
 */
import { parseAmount } from "../../../money";
import { parseDay } from "./dates";
import type { NumberedRecord } from "./records";
import { roleOfHeader, type ColumnRole } from "./vocabulary";

const SCAN_RECORDS = 40;

export interface HeaderGuess {
  recordIndex: number;
  roles: (ColumnRole | null)[];
}

export function isDateCell(value: string): boolean {
  return value.length >= 6 && value.length <= 32 && (parseDay(value, "DMY") !== null || parseDay(value, "YMD") !== null || parseDay(value, "MDY") !== null);
}

function isNumberCell(value: string): boolean {
  return value.length > 0 && value.length <= 40 && parseAmount(value) !== null;
}

export function findHeaderRecord(records: readonly NumberedRecord[]): HeaderGuess | null {
  let best: (HeaderGuess & { score: number }) | null = null;
  const limit = Math.min(records.length, SCAN_RECORDS);
  for (let index = 0; index < limit; index++) {
    const cells = records[index]!.cells;
    if (cells.some((cell) => isDateCell(cell) || /\d[.,]\d/.test(cell))) continue;
    const roles = cells.map((cell) => roleOfHeader(cell));
    const distinct = new Set(roles.filter((role): role is ColumnRole => role !== null));
    const hasDate = distinct.has("date") || distinct.has("valueDate");
    const hasMoney = distinct.has("amount") || distinct.has("debit") || distinct.has("credit");
    if (!(hasDate && hasMoney) && distinct.size < 3) continue;
    const score = distinct.size + (hasDate ? 2 : 0) + (hasMoney ? 2 : 0);
    if (!best || score > best.score) best = { recordIndex: index, roles, score };
  }
  return best ? { recordIndex: best.recordIndex, roles: best.roles } : null;
}

/** A data row has a date cell and, in another cell, an amount. */
export function looksLikeData(cells: readonly string[]): boolean {
  let dateAt = -1;
  for (let i = 0; i < cells.length; i++) {
    if (isDateCell(cells[i]!)) {
      dateAt = i;
      break;
    }
  }
  if (dateAt < 0) return false;
  return cells.some((cell, i) => i !== dateAt && !isDateCell(cell) && isNumberCell(cell));
}

/** Index of the first data-looking record, or -1. */
export function findFirstDataRecord(records: readonly NumberedRecord[], from = 0): number {
  const limit = Math.min(records.length, from + SCAN_RECORDS);
  for (let index = from; index < limit; index++) if (looksLikeData(records[index]!.cells)) return index;
  return -1;
}

/**
 * A header in a language we do not know: the row just above the first data row, as wide, with no date and
 * no number in it.
 */
export function isUnknownHeader(candidate: readonly string[] | undefined, firstData: readonly string[]): boolean {
  if (!candidate) return false;
  if (Math.abs(candidate.length - firstData.length) > 1) return false;
  const filled = candidate.filter((cell) => cell !== "");
  if (filled.length < Math.max(2, Math.ceil(firstData.length / 2))) return false;
  return filled.every((cell) => !isDateCell(cell) && !isNumberCell(cell));
}
