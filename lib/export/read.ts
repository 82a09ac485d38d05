/** Reading one household's rows of an entity, as export JSON objects. */
import type { RawTx } from "../db/raw";
import { tableColumns } from "./columns";
import type { EntitySpec } from "./entities";
import { toJsonValue, type JsonValue } from "./values";

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

export type ExportRow = Record<string, JsonValue>;

export async function readEntity(tx: RawTx, householdId: string, spec: EntitySpec): Promise<ExportRow[]> {
  const columns = (await tableColumns(tx, spec.table)).filter((c) => !spec.omit?.includes(c.name));
  // Timestamps as text on both providers: node-pg would read `timestamp` columns in the process time zone.
  const select = columns.map((c) => (c.kind === "datetime" ? `CAST(${quote(c.name)} AS TEXT) AS ${quote(c.name)}` : quote(c.name))).join(", ");
  const rows = await tx.all<Record<string, unknown>>(`SELECT ${select} FROM ${quote(spec.table)} WHERE ${spec.where} ORDER BY ${quote(columns[0]?.name ?? "id")}`, [householdId]);
  return rows.map((row) => Object.fromEntries(columns.map((c) => [c.name, spec.nullify?.includes(c.name) ? null : toJsonValue(c.kind, row[c.name])])));
}
