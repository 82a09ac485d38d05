// node scripts/migrate.mjs dev [name] | deploy | diff
// `dev` creates migrations for BOTH providers (SQLite via a shadow database, PostgreSQL from the schema snapshot),
// then applies pending ones to DATABASE_URL (default: the SQLite file in TIRELIRE_DATA_DIR).
import { databaseUrl, providerOf } from "./env.mjs";
import { createMigration, deployMigrations, diffDatabase } from "./migrate-engine.mjs";

const [command, name = "migration"] = process.argv.slice(2);
const url = databaseUrl();
const provider = providerOf(url);

if (command === "dev") {
  for (const p of ["sqlite", "postgresql"]) {
    // The PostgreSQL engine needs a live server even to diff two schemas: scripts/pg-cluster.sh start gives one.
    const pgUrl = process.env.PG_MIGRATE_URL ?? "postgresql://postgres@127.0.0.1:5433/tirelire";
    let created;
    try {
      created = await createMigration(p, name, p === provider ? url : p === "postgresql" ? pgUrl : "file::memory:");
    } catch (error) {
      console.error(`${p}: could not create the migration (${error.message.split("\n")[0]}). For PostgreSQL run scripts/pg-cluster.sh start, or set PG_MIGRATE_URL.`);
      process.exit(1);
    }
    console.log(created ? `Created ${created}/migration.sql` : `${p}: schema unchanged, no new migration.`);
  }
}
if (command === "dev" || command === "deploy") {
  const applied = await deployMigrations(provider, url);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
} else if (command === "diff") {
  const out = await diffDatabase(provider, url);
  process.stdout.write(out.stdout ?? "");
  process.exitCode = out.exitCode;
} else if (command !== "dev") {
  console.error("usage: node scripts/migrate.mjs dev [name] | deploy | diff");
  process.exitCode = 2;
}
