/**
 * Row values as JSON, exactly: integers as tagged decimal strings (bigint minor units never pass through a float),
 * bytes as base64, timestamps as ISO text in the form Prisma's SQLite adapter writes. The same encoding serves
 * both providers, so a SQLite backup restores into PostgreSQL and back.
 */
import type { SqlValue } from "../db/raw";

export type EncodedValue = string | number | boolean | null | { $int: string } | { $bytes: string };

export function encodeValue(value: unknown): EncodedValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") return { $int: value.toString() };
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString("base64") };
  if (value instanceof Date) return toPrismaIso(value);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  throw new Error(`Unsupported column value of type ${typeof value}`);
}

export function decodeValue(value: EncodedValue): SqlValue {
  if (value === null || typeof value !== "object") return value;
  if ("$int" in value) return BigInt(value.$int);
  return new Uint8Array(Buffer.from(value.$bytes, "base64"));
}

/** `2023-11-14T22:13:20.000+00:00`: what Prisma's better-sqlite3 adapter stores and reads back. */
export function toPrismaIso(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}
