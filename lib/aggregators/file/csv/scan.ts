/**
 * One streaming pass over ALL data rows collecting what column-wide decisions need: every distinct date text
 * (the date format is scored over all of them, not the first row) in file order, and amount texts for the
 * decimal style. Bounded memory: distinct dates are capped (a statement has a few thousand days at most).
 */
import { forEachRecord, type Dialect } from "./records";

const MAX_DISTINCT_DATES = 50_000;
const MAX_SEQUENCE = 20_000;
const MAX_AMOUNT_VALUES = 20_000;

export interface ColumnScan {
  distinctDates: string[];
  /** Date texts in file order, consecutive repeats dropped. */
  dateSequence: string[];
  /** Non-empty amount texts, the first 20,000 (decimal style is a column-wide vote). */
  amountValues: string[];
  rowCount: number;
}

export function scanColumns(text: string, dialect: Dialect, firstDataLine: number, dateColumn: number, amountColumns: readonly number[]): ColumnScan {
  const distinct = new Set<string>();
  const sequence: string[] = [];
  const amountValues: string[] = [];
  let previous = "";
  let rowCount = 0;
  forEachRecord(text, dialect, (cells, line) => {
    if (line < firstDataLine) return;
    rowCount++;
    const date = cells[dateColumn] ?? "";
    if (date !== "" && date !== previous) {
      if (distinct.size < MAX_DISTINCT_DATES) distinct.add(date);
      if (sequence.length < MAX_SEQUENCE) sequence.push(date);
      previous = date;
    }
    if (amountValues.length < MAX_AMOUNT_VALUES) {
      for (const column of amountColumns) {
        const value = cells[column];
        if (value) amountValues.push(value);
      }
    }
  });
  return { distinctDates: [...distinct], dateSequence: sequence, amountValues, rowCount };
}
