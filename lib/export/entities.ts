/**
 * What a household export holds: one JSON file per entity, in the order an import inserts them (parents first).
 * Rows are the household's own (householdId, or reached through its accounts); connection secrets and raw
 * payloads stay behind (credentials are not data to move, raw bytes are re-derivable from the files).
 */
export interface EntitySpec {
  /** `<file>.json` in the archive. */
  file: string;
  table: string;
  /** SQL condition selecting the household's rows; `?` is the household id. */
  where: string;
  /** Columns left out of the export (secrets, bulky bytes). */
  omit?: readonly string[];
  /** Columns exported as null (links to rows the export does not carry). */
  nullify?: readonly string[];
}

const byHousehold = `"householdId" = ?`;

export const EXPORT_ENTITIES: readonly EntitySpec[] = [
  { file: "household", table: "Household", where: `"id" = ?` },
  { file: "connections", table: "Connection", where: byHousehold, omit: ["secrets"] },
  { file: "accounts", table: "Account", where: byHousehold },
  { file: "import-batches", table: "ImportBatch", where: byHousehold, nullify: ["rawPayloadId", "createdById"] },
  { file: "transfers", table: "Transfer", where: byHousehold },
  { file: "recurrences", table: "Recurrence", where: byHousehold },
  { file: "categories", table: "Category", where: byHousehold },
  { file: "rules", table: "Rule", where: byHousehold },
  { file: "csv-profiles", table: "CsvProfile", where: byHousehold },
  { file: "transactions", table: "Transaction", where: byHousehold },
  { file: "balance-reports", table: "BalanceReport", where: `"accountId" IN (SELECT "id" FROM "Account" WHERE "householdId" = ?)` },
  { file: "bill-files", table: "BillFile", where: byHousehold, omit: ["content"] },
  { file: "bills", table: "Bill", where: byHousehold },
  { file: "bill-links", table: "BillLink", where: byHousehold },
  { file: "budgets", table: "Budget", where: byHousehold },
  { file: "exchange-rates", table: "ExchangeRate", where: byHousehold },
];

/** How a column's values are written in JSON, whatever the provider stored. */
export type ColumnKind = "text" | "int" | "bigint" | "float" | "bool" | "datetime" | "bytes";

export function kindOfDeclaredType(declared: string): ColumnKind {
  const type = declared.toLowerCase();
  if (type.startsWith("bool")) return "bool";
  if (type === "bigint" || type === "int8") return "bigint";
  if (type.startsWith("int") || type === "integer" || type === "smallint") return "int";
  if (type === "real" || type.startsWith("double") || type.startsWith("float") || type.startsWith("decimal") || type.startsWith("numeric")) return "float";
  if (type.startsWith("datetime") || type.startsWith("timestamp")) return "datetime";
  if (type === "blob" || type === "bytea") return "bytes";
  return "text";
}
