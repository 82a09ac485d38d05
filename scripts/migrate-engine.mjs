// Prisma migrations without the native schema-engine binary (not on npm): the same engine compiled to
// wasm (@prisma/schema-engine-wasm) driven through a driver adapter. Output is Prisma's normal layout
// (prisma/migrations/<ts>_<name>/migration.sql + _prisma_migrations), so `prisma migrate deploy` with the
// real binary keeps working on the same folders. See STACK.md "Migrations without the binary".
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const filters = { externalTables: [], externalEnums: [] };

export function schemaPathFor(provider) {
  return path.join(root, provider === "postgresql" ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma");
}

let wasmModule;
async function loadWasm() {
  // The package's entry uses a wasm ESM import that Node 20 cannot load: instantiate by hand.
  if (wasmModule) return wasmModule;
  const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bg = await import(bgPath);
  const bytes = fs.readFileSync(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start?.();
  return (wasmModule = bg);
}

async function adapterFactory(provider, url) {
  if (provider === "postgresql") {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const factory = new PrismaPg({ connectionString: url });
    const connect = factory.connect.bind(factory);
    factory.connect = async () => wholeScripts(await connect());
    return factory;
  }
  const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
  return new PrismaBetterSqlite3({ url });
}

// The pg adapter runs a migration script by splitting it on every ";", which cuts function bodies (the summary
// triggers' PL/pgSQL) apart; PostgreSQL's simple query protocol runs a whole script in one call, as the native
// engine and psql do.
function wholeScripts(adapter) {
  adapter.executeScript = async (script) => {
    try {
      await adapter.client.query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

function schemaFiles(provider) {
  const p = schemaPathFor(provider);
  return [{ path: p, content: fs.readFileSync(p, "utf8") }];
}

async function engineFor(provider, url) {
  const wasm = await loadWasm();
  const files = schemaFiles(provider);
  return wasm.SchemaEngine.new(
    { datamodels: files.map((f) => [f.path, f.content]) },
    (message) => { if (process.env.DEBUG_SE) console.error(message); },
    bindMigrationAwareSqlAdapterFactory(await adapterFactory(provider, url)),
  );
}

function readMigrations(migrationsDir) {
  fs.mkdirSync(migrationsDir, { recursive: true });
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  const dirs = fs.readdirSync(migrationsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  return {
    baseDir: migrationsDir,
    shadowDbInitScript: "",
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    migrationDirectories: dirs.map((d) => {
      const file = path.join(migrationsDir, d, "migration.sql");
      return {
        path: d,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(file) ? { tag: "ok", value: fs.readFileSync(file, "utf8") } : { tag: "error", value: "missing migration.sql" },
        },
      };
    }),
  };
}

const migrationsDirFor = (provider) => path.join(path.dirname(schemaPathFor(provider)), "migrations");
const isEmptySql = (sql) => !sql || sql.split("\n").every((l) => !l.trim() || l.trim().startsWith("--"));

/** Applies pending committed migrations. Returns the names applied. */
export async function deployMigrations(provider, url) {
  const engine = await engineFor(provider, url);
  try {
    const out = await engine.applyMigrations({ migrationsList: readMigrations(migrationsDirFor(provider)), filters });
    return out.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/** Diffs the committed migrations against the schema and writes a new migration when they differ. */
export async function createMigration(provider, name, url) {
  const migrationsDir = migrationsDirFor(provider);
  const files = schemaFiles(provider);
  let sql;
  if (provider === "sqlite") {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "prisma-shadow-"));
    try {
      const shadow = await engineFor(provider, `file:${path.join(tmp, "shadow.db")}`);
      await shadow.applyMigrations({ migrationsList: readMigrations(migrationsDir), filters });
      const diff = await shadow.diff({ from: { tag: "schemaDatasource", files, configDir: root }, to: { tag: "schemaDatamodel", files }, script: true, exitCode: null, filters });
      sql = diff.stdout;
      shadow.free();
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  } else {
    // The wasm engine cannot introspect PostgreSQL: diff the last snapshot against the schema instead.
    const snapshot = path.join(migrationsDir, "schema.snapshot.prisma");
    const engine = await engineFor(provider, url);
    const from = fs.existsSync(snapshot) ? { tag: "schemaDatamodel", files: [{ path: snapshot, content: fs.readFileSync(snapshot, "utf8") }] } : { tag: "empty" };
    sql = (await engine.diff({ from, to: { tag: "schemaDatamodel", files }, script: true, exitCode: null, filters })).stdout;
    engine.free();
  }
  if (isEmptySql(sql)) return null;
  const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const dir = path.join(migrationsDir, `${stamp}_${name.replace(/\W+/g, "_")}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql);
  fs.writeFileSync(path.join(migrationsDir, "migration_lock.toml"), `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`);
  fs.writeFileSync(path.join(migrationsDir, "schema.snapshot.prisma"), files[0].content);
  return path.relative(root, dir);
}

/** Exit code 2 when the live SQLite database differs from the schema (drift check). */
export async function diffDatabase(provider, url) {
  const engine = await engineFor(provider, url);
  const files = schemaFiles(provider);
  try {
    return await engine.diff({ from: { tag: "schemaDatasource", files, configDir: root }, to: { tag: "schemaDatamodel", files }, script: true, exitCode: true, filters });
  } finally {
    engine.free();
  }
}
