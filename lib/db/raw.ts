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
  /**
   * Inserts rows, several per statement (see DEFAULT_ROWS_PER_STATEMENT), all or none: when the rows take more
   * than one statement they run in a savepoint (SQLite) or a transaction of their own (PostgreSQL, outside one).
   */
  insertMany(table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): Promise<void>;
}

export interface RawOptions {
  /**
   * Rows per INSERT statement at most, always under the bound-parameter limit. Default: DEFAULT_ROWS_PER_STATEMENT
   * on SQLite, as many as the limit allows on PostgreSQL.
   */
  maxRowsPerStatement?: number;
}

/**
 * Rows per multi-row INSERT on SQLite. Every statement on "Transaction" pays the summary triggers' setup once, so
 * packing rows shares it: restore-like rows cost ~55 µs CPU one a statement, ~30 at 32, ~26 at 128, and no
 * less beyond (bench/BENCHMARKS.md "Raw insertMany", `npm run bench -- raw-insert --sweep 1,32,128,256`).
 */
export const DEFAULT_ROWS_PER_STATEMENT = 128;
/** Bound-parameter limits: SQLite's SQLITE_MAX_VARIABLE_NUMBER (3.32+), PostgreSQL's wire protocol (16-bit count). */
const SQLITE_MAX_PARAMS = 32_766;
const PG_MAX_PARAMS = 65_535;

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

/** Rows a statement may hold for this many columns: the option, under the provider's parameter limit. */
function rowsPerStatement(columnCount: number, maxParams: number, maxRows: number): number {
  return Math.max(1, Math.min(maxRows, Math.floor(maxParams / Math.max(1, columnCount))));
}

function checkWidth(table: string, columnCount: number, rows: readonly (readonly SqlValue[])[]): void {
  // A short or long row would shift every later value of a multi-row statement into the wrong column.
  for (let i = 0; i < rows.length; i++) {
    if (rows[i]!.length !== columnCount) throw new Error(`insertMany into ${table}: row ${i} has ${rows[i]!.length} values for ${columnCount} columns`);
  }
}

/**
 * Statement sizes covering `count` rows: full statements of `perStatement` rows, then the remainder as powers of
 * two (at most log2(perStatement) more statements, and at most that many distinct statements to cache per table).
 */
export function statementSizes(count: number, perStatement: number): number[] {
  const sizes: number[] = [];
  let left = count;
  while (left >= perStatement) {
    sizes.push(perStatement);
    left -= perStatement;
  }
  for (let size = 1 << Math.floor(Math.log2(Math.max(1, left))); left > 0; size >>= 1) {
    if (left >= size) {
      sizes.push(size);
      left -= size;
    }
  }
  return sizes;
}

class SqliteRaw implements RawDb {
  readonly provider = "sqlite" as const;
  private readonly statements = new Map<string, Database.Statement>();
  /** insertMany's statements: by "INSERT INTO t (columns) VALUES ", then by rows per statement. */
  private readonly bulkStatements = new Map<string, Map<number, Database.Statement>>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly maxRowsPerStatement: number;
  /** better-sqlite3 nests it as a SAVEPOINT inside our BEGIN IMMEDIATE, and opens a transaction outside one. */
  private readonly atomically: (fn: () => void) => void;

  constructor(private readonly conn: Database.Database, options: RawOptions = {}) {
    this.maxRowsPerStatement = options.maxRowsPerStatement ?? DEFAULT_ROWS_PER_STATEMENT;
    this.atomically = conn.transaction((fn: () => void) => fn());
  }

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
    if (!rows.length) return;
    const width = columns.length;
    checkWidth(table, width, rows);
    const head = `INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) VALUES `;
    const tuple = `(${Array<string>(width).fill("?").join(", ")})`;
    const sizes = statementSizes(rows.length, rowsPerStatement(width, SQLITE_MAX_PARAMS, this.maxRowsPerStatement));
    let bySize = this.bulkStatements.get(head);
    if (!bySize) this.bulkStatements.set(head, (bySize = new Map()));
    const write = () => {
      let at = 0;
      for (const size of sizes) {
        let statement = bySize.get(size);
        if (!statement) bySize.set(size, (statement = this.conn.prepare(head + Array<string>(size).fill(tuple).join(", "))));
        // One flat parameter array per statement; values are converted only in rows that need it (Date, boolean).
        const params: unknown[] = new Array(size * width);
        for (let r = 0; r < size; r++, at++) {
          const row = rows[at]!;
          const isConverting = needsConversion(row);
          for (let c = 0; c < width; c++) params[r * width + c] = isConverting ? toSqliteParam(row[c]!) : row[c];
        }
        statement.run(params);
      }
    };
    // One statement is atomic by itself; several share a savepoint so a failure leaves none of the rows.
    if (sizes.length === 1) write();
    else this.atomically(write);
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

  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    const result = await this.client.query({ text: toPgSql(sql), values: params.map(toPgParam), types: pgTypes });
    return result.rows as T[];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    const result = await this.client.query(toPgSql(sql), params.map(toPgParam));
    return result.rowCount ?? 0;
  }

  constructor(protected readonly client: pg.Pool | pg.PoolClient, protected readonly maxRowsPerStatement: number) {}

  async insertMany(table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): Promise<void> {
    checkWidth(table, columns.length, rows);
    // Multi-row VALUES in chunks under PostgreSQL's parameter limit. Inside a transaction a failed statement
    // aborts it whole, so the chunks are all or nothing with it.
    const perChunk = rowsPerStatement(columns.length, PG_MAX_PARAMS, this.maxRowsPerStatement);
    for (let start = 0; start < rows.length; start += perChunk) {
      const chunk = rows.slice(start, start + perChunk);
      const params: unknown[] = [];
      const tuples = chunk.map((row) => `(${row.map((value) => { params.push(toPgParam(value)); return `$${params.length}`; }).join(", ")})`);
      await this.client.query(`INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) VALUES ${tuples.join(", ")}`, params);
    }
  }
}

class PgRaw extends PgTx implements RawDb {
  constructor(private readonly pool: pg.Pool, maxRowsPerStatement: number) {
    super(pool, maxRowsPerStatement);
  }

  override async insertMany(table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): Promise<void> {
    // Outside a transaction, rows taking several statements get one of their own: all or none.
    if (rows.length <= rowsPerStatement(columns.length, PG_MAX_PARAMS, this.maxRowsPerStatement)) return super.insertMany(table, columns, rows);
    return this.transaction((tx) => tx.insertMany(table, columns, rows));
  }

  async transaction<T>(fn: (tx: RawTx) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const result = await fn(new PgTx(client, this.maxRowsPerStatement));
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

export function openRaw(url: string, options: RawOptions = {}): RawDb {
  // PostgreSQL by default packs as many rows as its parameter limit allows: each statement is a round trip.
  if (providerOf(url) === "postgresql") return new PgRaw(new pg.Pool({ connectionString: url, max: 4 }), options.maxRowsPerStatement ?? Number.POSITIVE_INFINITY);
  const conn = new Database(sqlitePath(url));
  for (const pragma of SQLITE_PRAGMAS) conn.pragma(pragma);
  return new SqliteRaw(conn, options);
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
