/**
 * Prisma client factory: SQLite (better-sqlite3 adapter) by default, PostgreSQL when the URL says so.
 * Two generated clients exist because a client embeds its provider's query compiler; they share one API.
 */
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "../../src/generated/prisma/client.ts";
import { PrismaClient as PgClient } from "../../src/generated/pg/client.ts";
import { databaseUrl, providerOf, type DbProvider } from "../config";

export type Db = SqliteClient;
export type { Prisma } from "../../src/generated/prisma/client.ts";

export function createPrisma(url: string): Db {
  if (providerOf(url) === "postgresql") {
    return new PgClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  }
  return new SqliteClient({ adapter: new PrismaBetterSqlite3({ url }) });
}

const globalForDb = globalThis as unknown as { tirelirePrisma?: Db; tirelireUrl?: string };

/** The process-wide client for DATABASE_URL (or the data directory's SQLite file). */
export function db(): Db {
  const url = databaseUrl();
  if (!globalForDb.tirelirePrisma || globalForDb.tirelireUrl !== url) {
    globalForDb.tirelirePrisma = createPrisma(url);
    globalForDb.tirelireUrl = url;
  }
  return globalForDb.tirelirePrisma;
}

export function currentProvider(): DbProvider {
  return providerOf(databaseUrl());
}
