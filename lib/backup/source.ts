/**
 * Where a restore reads rows from: the SQLite snapshot file of a SQLite backup, or the JSON-lines tables of a
 * PostgreSQL dump. Both give the same shape, so either restores into either provider.
 */
import Database from "better-sqlite3";
import type { SqlValue } from "../db/raw";
import { decodeValue, type EncodedValue } from "./codec";
import { orderTables, quoteIdent } from "./tables";

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

/** Tables dumped as `tables/<name>.jsonl`: a first line of column names, then one JSON array per row. */
export function jsonlSource(files: Record<string, Uint8Array>): TableSource {
  const decoder = new TextDecoder();
  const names = Object.keys(files).filter((n) => /^tables\/[^/]+\.jsonl$/.test(n)).map((n) => n.slice("tables/".length, -".jsonl".length));
  return {
    tables: () => orderTables(names),
    read(table) {
      const bytes = files[`tables/${table}.jsonl`];
      if (!bytes) throw new Error(`No dump of table ${table}`);
      const lines = decoder.decode(bytes).split("\n").filter((l) => l.length > 0);
      const columns = JSON.parse(lines[0] ?? "[]") as string[];
      const rows = lines.slice(1).map((line) => (JSON.parse(line) as EncodedValue[]).map(decodeValue));
      return { columns, rows };
    },
    close() {},
  };
}
