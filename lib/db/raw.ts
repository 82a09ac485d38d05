/**
 * Raw SQL access for bulk paths (imports, matching loaders, insights aggregates), where per-row ORM calls
 * are far too slow (STACK.md: createMany ~10k rows/s, a prepared statement ~250k rows/s).
 * Write SQL with `?` placeholders and double-quoted identifiers: it runs unchanged on SQLite and PostgreSQL.
 * Timestamps are written as ISO strings (what Prisma's SQLite adapter reads back), days as "YYYY-MM-DD".
 */
import Database from "better-sqlite3";
import pg from "pg";
import { databaseUrl, providerOf, sqlitePath, type DbProvider } from "../config";

export type SqlValue = string | number | bigint | boolean | null | Uint8Array | Date;
export type Row = Record<string, unknown>;

export interface RawTx {
  readonly provider: DbProvider;
  all<T = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Inserts rows in as few statements as the driver allows. */
  insertMany(table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): Promise<void>;
}

export interface RawDb extends RawTx {
  /** Runs fn in one database transaction: everything commits or nothing does. */
  transaction<T>(fn: (tx: RawTx) => Promise<T>): Promise<T>;
  /**
   * Runs fn when no transaction of this connection is in progress, and holds the next ones back until it ends:
   * for work that opens its own writing connection (the import writer thread), so it never waits on ours.
   */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

function toSqliteParam(value: SqlValue): unknown {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  return value;
}

function needsConversion(row: readonly SqlValue[]): boolean {
  for (let i = 0; i < row.length; i++) {
    const value = row[i];
    if (typeof value === "boolean" || value instanceof Date) return true;
  }
  return false;
}

class SqliteRaw implements RawDb {
  readonly provider = "sqlite" as const;
  private readonly statements = new Map<string, Database.Statement>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly conn: Database.Database) {}

  private prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.conn.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    const statement = this.prepare(sql);
    statement.safeIntegers(true);
    return statement.all(...params.map(toSqliteParam)) as T[];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return this.prepare(sql).run(...params.map(toSqliteParam)).changes;
  }

  async insertMany(table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): Promise<void> {
    const sql = `INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`;
    const statement = this.prepare(sql);
    // Bound as an array (no spread, no per-row copy unless a value needs converting): imports run this 100k times.
    for (const row of rows) statement.run(needsConversion(row) ? row.map(toSqliteParam) : row);
  }

  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => undefined);
    return next;
  }

  transaction<T>(fn: (tx: RawTx) => Promise<T>): Promise<T> {
    // One connection: serialize transactions so awaits inside one never interleave with another.
    return this.exclusive(async () => {
      this.conn.exec("BEGIN IMMEDIATE");
      try {
        const result = await fn(this);
        this.conn.exec("COMMIT");
        return result;
      } catch (error) {
        if (this.conn.inTransaction) this.conn.exec("ROLLBACK");
        throw error;
      }
    });
  }

  async close(): Promise<void> {
    this.conn.close();
  }
}

function toPgSql(sql: string): string {
  let index = 0;
  return sql.replace(/\?/g, () => `$${++index}`);
}

function toPgParam(value: SqlValue): unknown {
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Uint8Array) return Buffer.from(value);
  return value;
}

// BIGINT (int8, oid 20) and NUMERIC sums come back as bigint, like better-sqlite3's safeIntegers: exact, and
// the same shape on both providers. Scoped to our queries: Prisma's adapter shares the pg module's global parsers.
const pgTypes = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === 20) return (value: string) => BigInt(value);
    if (oid === 1700) return (value: string) => (/^-?\d+$/.test(value) ? BigInt(value) : value);
    if (oid === 23 || oid === 21) return (value: string) => BigInt(value);
    return pg.types.getTypeParser(oid, format);
  },
};

class PgTx implements RawTx {
  readonly provider = "postgresql" as const;
  constructor(protected readonly client: pg.Pool | pg.PoolClient) {}

  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    const result = await this.client.query({ text: toPgSql(sql), values: params.map(toPgParam), types: pgTypes });
    return result.rows as T[];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    const result = await this.client.query(toPgSql(sql), params.map(toPgParam));
    return result.rowCount ?? 0;
  }

  async insertMany(table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): Promise<void> {
    // Multi-row VALUES in chunks under PostgreSQL's 65,535 parameter limit.
    const perChunk = Math.max(1, Math.floor(60_000 / columns.length));
    for (let start = 0; start < rows.length; start += perChunk) {
      const chunk = rows.slice(start, start + perChunk);
      const params: unknown[] = [];
      const tuples = chunk.map((row) => `(${row.map((value) => { params.push(toPgParam(value)); return `$${params.length}`; }).join(", ")})`);
      await this.client.query(`INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) VALUES ${tuples.join(", ")}`, params);
    }
  }
}

class PgRaw extends PgTx implements RawDb {
  constructor(private readonly pool: pg.Pool) {
    super(pool);
  }

  async transaction<T>(fn: (tx: RawTx) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const result = await fn(new PgTx(client));
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    return fn(); // a pool: every transaction has its own connection
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}


/**
 * Every SQLite connection of ours (this one, the import writer thread's). With WAL, synchronous = NORMAL is
 * corruption-safe: a commit appends to the WAL without an fsync, and the WAL is synced at each checkpoint.
 * Only the last transactions before a power cut (not a process crash) can be lost, and the database stays
 * consistent; FULL's per-commit fsync is most of a bulk import's commit time.
 */
export const SQLITE_PRAGMAS: readonly string[] = ["journal_mode = WAL", "synchronous = NORMAL", "busy_timeout = 10000", "foreign_keys = ON"];

export function openRaw(url: string): RawDb {
  if (providerOf(url) === "postgresql") return new PgRaw(new pg.Pool({ connectionString: url, max: 4 }));
  const conn = new Database(sqlitePath(url));
  for (const pragma of SQLITE_PRAGMAS) conn.pragma(pragma);
  return new SqliteRaw(conn);
}

const globalForRaw = globalThis as unknown as { tirelireRaw?: RawDb; tirelireRawUrl?: string };

/** The process-wide raw connection for DATABASE_URL. */
export function raw(): RawDb {
  const url = databaseUrl();
  if (!globalForRaw.tirelireRaw || globalForRaw.tirelireRawUrl !== url) {
    globalForRaw.tirelireRaw = openRaw(url);
    globalForRaw.tirelireRawUrl = url;
  }
  return globalForRaw.tirelireRaw;
}

/** Collision-resistant ids for rows written by raw SQL (Prisma's cuid() only applies to ORM writes). */
export function newId(): string {
  return `c${Date.now().toString(36)}${crypto.getRandomValues(new Uint32Array(3)).reduce((s, n) => s + n.toString(36).padStart(7, "0"), "")}`;
}
