/**
 * A portable logical dump of a PostgreSQL database through our own code (no pg_dump binary to match versions):
 * every table read inside one REPEATABLE READ READ ONLY transaction, so all tables show the same instant
 * while the app keeps writing.
 */
import pg from "pg";
import { encodeValue } from "./codec";
import { orderTables, quoteIdent } from "./tables";

// Exact integers (as bigint, like better-sqlite3's safeIntegers) and timestamps read as UTC instants whatever
// the process time zone (Prisma writes UTC into `timestamp(3)` columns).
const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === 20 || oid === 21 || oid === 23) return (v: string) => BigInt(v);
    if (oid === 1114) return (v: string) => new Date(`${v.replace(" ", "T")}Z`);
    return pg.types.getTypeParser(oid, format);
  },
};

export interface DumpedTable {
  name: string;
  columns: string[];
  /** JSON lines: the columns, then one encoded row per line. */
  lines: string[];
  rowCount: number;
}

export interface PgDump {
  migrations: string[];
  tables: DumpedTable[];
  /** BillFile rows' relative paths, to copy the same files the dump references. */
  billFilePaths: string[];
}

export async function dumpPostgres(url: string): Promise<PgDump> {
  const client = new pg.Client({ connectionString: url, types });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const names = (await client.query<{ name: string }>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")).rows.map((r) => r.name);
    const migrations = (await client.query<{ name: string }>('SELECT "migration_name" AS name FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL ORDER BY "migration_name"')).rows.map((r) => r.name);
    const tables: DumpedTable[] = [];
    for (const name of orderTables(names.filter((n) => n !== "_prisma_migrations"))) {
      const result = await client.query({ text: `SELECT * FROM ${quoteIdent(name)}`, rowMode: "array" });
      const columns = result.fields.map((f) => f.name);
      const lines = [JSON.stringify(columns), ...(result.rows as unknown[][]).map((row) => JSON.stringify(row.map(encodeValue)))];
      tables.push({ name, columns, lines, rowCount: result.rows.length });
    }
    const billFilePaths = (await client.query<{ path: string }>('SELECT "path" FROM "BillFile" WHERE "path" IS NOT NULL')).rows.map((r) => r.path);
    await client.query("COMMIT");
    return { migrations, tables, billFilePaths };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
