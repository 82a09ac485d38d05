/** A table's columns and their kinds, read from the database itself (so both providers export the same JSON). */
import type { RawTx } from "../db/raw";
import { kindOfDeclaredType, type ColumnKind } from "./entities";

export interface ColumnInfo {
  name: string;
  kind: ColumnKind;
}

export async function tableColumns(tx: RawTx, table: string): Promise<ColumnInfo[]> {
  const rows = tx.provider === "postgresql"
    ? await tx.all<{ name: string; type: string }>("SELECT column_name AS name, data_type AS type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position", [table])
    : await tx.all<{ name: string; type: string }>("SELECT name, type FROM pragma_table_info(?)", [table]);
  return rows.map((r) => ({ name: r.name, kind: kindOfDeclaredType(r.type) }));
}
