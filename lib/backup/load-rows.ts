/** Inserting a source's tables into a database inside the caller's transaction (restore and export import). */
import { AppError } from "../errors";
import type { RawTx, SqlValue } from "../db/raw";
import { listTables, quoteIdent } from "./tables";
import type { TableSource } from "./source";

const CHUNK_ROWS = 1_000;

export async function columnsOf(tx: RawTx, table: string): Promise<string[]> {
  const rows = tx.provider === "postgresql"
    ? await tx.all<{ name: string }>("SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ?", [table])
    : await tx.all<{ name: string }>("SELECT name FROM pragma_table_info(?)", [table]);
  return rows.map((r) => r.name);
}

/** Tables of the target holding rows (an instance to restore into must have none). */
export async function nonEmptyTables(tx: RawTx): Promise<{ table: string; rows: number }[]> {
  const found: { table: string; rows: number }[] = [];
  for (const table of await listTables(tx)) {
    const [row] = await tx.all<{ n: bigint | number }>(`SELECT COUNT(*) AS n FROM ${quoteIdent(table)}`);
    const rows = Number(row?.n ?? 0);
    if (rows > 0) found.push({ table, rows });
  }
  return found;
}

/** Copies every table of the source; returns the rows written per table. */
export async function loadTables(tx: RawTx, source: TableSource): Promise<Record<string, number>> {
  const targetTables = new Set(await listTables(tx));
  const written: Record<string, number> = {};
  for (const table of source.tables()) {
    if (!targetTables.has(table)) throw new AppError("CONFLICT", `The archive holds table ${table}, which this version of Tirelire does not have: upgrade first`);
    const { columns, rows } = source.read(table);
    const known = new Set(await columnsOf(tx, table));
    const unknown = columns.filter((c) => !known.has(c));
    if (unknown.length) throw new AppError("CONFLICT", `The archive's ${table} has columns this version does not know (${unknown.join(", ")}): upgrade first`);
    let chunk: SqlValue[][] = [];
    let count = 0;
    for (const row of rows) {
      chunk.push(row);
      if (chunk.length === CHUNK_ROWS) {
        await tx.insertMany(table, columns, chunk);
        count += chunk.length;
        chunk = [];
      }
    }
    if (chunk.length) await tx.insertMany(table, columns, chunk);
    written[table] = count + chunk.length;
  }
  return written;
}
