/**
 * Where a restore reads rows from: the SQLite snapshot file of a SQLite backup, or the JSON-lines tables of a
 * PostgreSQL dump. Both give the same shape, so either restores into either provider.
 */
import Database from "better-sqlite3";
import type { SqlValue } from "../db/raw";
import { decodeValue, type EncodedValue } from "./codec";
import { orderTables, quoteIdent } from "./tables";
import type { ZipArchive } from "./zip-reader";

export interface TableData {
  columns: string[];
  rows: Iterable<SqlValue[]>;
}

export interface TableSource {
  tables(): string[];
  read(table: string): TableData;
  close(): void;
}

/** A SQLite database file (a backup snapshot), read-only, integers as bigint. */
export function sqliteFileSource(file: string): TableSource {
  const conn = new Database(file, { readonly: true, fileMustExist: true });
  return {
    tables() {
      const rows = conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
      return orderTables(rows.map((r) => r.name).filter((n) => !/^(_prisma_migrations|sqlite_.*)$/.test(n)));
    },
    read(table) {
      const columns = (conn.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name);
      const statement = conn.prepare(`SELECT ${columns.map(quoteIdent).join(", ")} FROM ${quoteIdent(table)}`).raw(true).safeIntegers(true);
      return { columns, rows: statement.iterate() as Iterable<SqlValue[]> };
    },
    close() {
      conn.close();
    },
  };
}

/** Tables dumped as `tables/<name>.jsonl`: a first line of column names, then one JSON array per row, streamed line by line. */
export function jsonlSource(archive: Pick<ZipArchive, "names" | "chunks">): TableSource {
  const names = archive.names.filter((n) => /^tables\/[^/]+\.jsonl$/.test(n)).map((n) => n.slice("tables/".length, -".jsonl".length));
  return {
    tables: () => orderTables(names),
    read(table) {
      const lines = jsonLines(archive.chunks(`tables/${table}.jsonl`));
      const first = lines.next();
      const columns = (first.done ? [] : JSON.parse(first.value)) as string[];
      const rows = (function* () {
        for (const line of lines) yield (JSON.parse(line) as EncodedValue[]).map(decodeValue);
      })();
      return { columns, rows };
    },
    close() {},
  };
}

/** Non-empty lines of a UTF-8 byte stream (a multi-byte character may straddle two chunks). */
function* jsonLines(chunks: Iterable<Uint8Array>): Generator<string> {
  const decoder = new TextDecoder();
  let rest = "";
  for (const chunk of chunks) {
    const text = rest + decoder.decode(chunk, { stream: true });
    const parts = text.split("\n");
    rest = parts.pop() ?? "";
    for (const line of parts) if (line.length > 0) yield line;
  }
  rest += decoder.decode();
  if (rest.length > 0) yield rest;
}
