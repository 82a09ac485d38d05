/**
 * Streams CSV records through papaparse's step mode (one row at a time, nothing accumulated: a million rows stay
 * small) and tells each record's first physical line, counting line breaks between papaparse's cursors.
 * Fields are trimmed (exports pad them, CRLF files leave a "\r" on the last unquoted field).
 */
import Papa from "papaparse";

export interface Dialect {
  delimiter: string;
  newline: "\n" | "\r";
}

/** Return false to stop reading. */
export type RecordVisitor = (cells: string[], line: number) => boolean | void;

export function forEachRecord(text: string, dialect: Dialect, visit: RecordVisitor): void {
  const newlineCode = dialect.newline.charCodeAt(0);
  let line = 1;
  let consumed = 0;
  Papa.parse<string[]>(text, {
    delimiter: dialect.delimiter,
    newline: dialect.newline,
    quoteChar: '"',
    skipEmptyLines: false,
    step(result, parser) {
      const recordLine = line;
      const cursor = result.meta.cursor;
      for (let i = consumed; i < cursor; i++) if (text.charCodeAt(i) === newlineCode) line++;
      consumed = cursor;
      const cells = result.data;
      for (let i = 0; i < cells.length; i++) {
        const cell = cells[i]!;
        if (cell.length && (cell.charCodeAt(0) <= 32 || cell.charCodeAt(cell.length - 1) <= 32)) cells[i] = cell.trim();
      }
      if (visit(cells, recordLine) === false) parser.abort();
    },
  });
}

export interface NumberedRecord {
  cells: string[];
  line: number;
}

/** The first records of a (sample) text, blank lines dropped. */
export function readRecords(text: string, dialect: Dialect, maxRecords: number): NumberedRecord[] {
  const records: NumberedRecord[] = [];
  forEachRecord(text, dialect, (cells, line) => {
    if (!isBlankRecord(cells)) records.push({ cells, line });
    return records.length < maxRecords;
  });
  return records;
}

export function isBlankRecord(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell !== "") return false;
  return true;
}
