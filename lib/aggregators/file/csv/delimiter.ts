/**
 * Which of , ; tab | separates the fields: the one that splits the most sample rows into the same number of
 * fields (preambles and trailers are a minority), favouring wider rows so a comma inside "; "-separated
 * descriptions does not win.
 */
import { csvDelimiters, type CsvDelimiter } from "./profile";
import { readRecords, type Dialect } from "./records";

const SAMPLE_RECORDS = 200;

export interface DelimiterGuess {
  delimiter: CsvDelimiter;
  /** The most common field count with that delimiter. */
  fieldCount: number;
  score: number;
}

export function detectDelimiter(sample: string, newline: Dialect["newline"]): DelimiterGuess {
  let best: DelimiterGuess = { delimiter: ",", fieldCount: 1, score: 0 };
  for (const delimiter of csvDelimiters) {
    const counts = readRecords(sample, { delimiter, newline }, SAMPLE_RECORDS).map((record) => significantWidth(record.cells));
    const mode = modalCount(counts);
    if (mode < 2) continue;
    // A row still in one piece was not split by this delimiter: it never counts as consistent.
    const consistent = counts.filter((count) => count >= Math.max(2, mode - 1)).length;
    const score = consistent * Math.log2(mode);
    if (score > best.score) best = { delimiter, fieldCount: mode, score };
  }
  return best;
}

/** Field count without the empty cell a trailing delimiter adds ("a;b;c;"). */
function significantWidth(cells: readonly string[]): number {
  return cells.length > 1 && cells[cells.length - 1] === "" ? cells.length - 1 : cells.length;
}

function modalCount(counts: readonly number[]): number {
  const frequency = new Map<number, number>();
  for (const count of counts) frequency.set(count, (frequency.get(count) ?? 0) + 1);
  let mode = 0;
  let modeFrequency = 0;
  for (const [count, times] of frequency) {
    if (count < 2) continue;
    if (times > modeFrequency || (times === modeFrequency && count > mode)) {
      mode = count;
      modeFrequency = times;
    }
  }
  return mode;
}
