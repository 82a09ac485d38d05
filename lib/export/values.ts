/**
 * Column values between the database and export JSON. JSON side: bigint money as decimal-digit strings (never a
 * float), timestamps as ISO-8601 UTC, booleans as true/false, bytes as base64. Database side: what each provider
 * stores (SQLite keeps Prisma's `…+00:00` timestamp text and 0/1 booleans).
 */
import type { DbProvider } from "../config";
import type { SqlValue } from "../db/raw";
import { AppError } from "../errors";
import type { ColumnKind } from "./entities";

export type JsonValue = string | number | boolean | null;

export function toJsonValue(kind: ColumnKind, value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case "bool":
      return value === true || value === 1 || value === 1n || value === "1" || value === "t" || value === "true";
    case "bigint":
      return String(value);
    case "int":
      return Number(value);
    case "float":
      return typeof value === "number" ? value : Number(String(value));
    case "datetime":
      return new Date(typeof value === "string" && !/[zZ]|[+-]\d\d:\d\d$/.test(value) ? `${value.replace(" ", "T")}Z` : (value as string | Date)).toISOString();
    case "bytes":
      return Buffer.from(value as Uint8Array).toString("base64");
    default:
      return String(value);
  }
}

export function toSqlValue(kind: ColumnKind, value: unknown, provider: DbProvider, where: string): SqlValue {
  if (value === null || value === undefined) return null;
  const fail = () => new AppError("INVALID_INPUT", `${where}: ${JSON.stringify(value)} is not a valid ${kind}`);
  switch (kind) {
    case "bool":
      if (typeof value !== "boolean") throw fail();
      return value;
    case "bigint":
    case "int":
      if (typeof value === "number" && Number.isSafeInteger(value)) return BigInt(value);
      if (typeof value !== "string" || !/^-?\d+$/.test(value)) throw fail();
      return BigInt(value);
    case "float":
      if (typeof value !== "number") throw fail();
      return value;
    case "datetime": {
      const date = typeof value === "string" ? new Date(value) : null;
      if (!date || Number.isNaN(date.getTime())) throw fail();
      return provider === "sqlite" ? date.toISOString().replace("Z", "+00:00") : date.toISOString();
    }
    case "bytes":
      if (typeof value !== "string") throw fail();
      return new Uint8Array(Buffer.from(value, "base64"));
    default:
      if (typeof value !== "string") throw fail();
      return value;
  }
}
