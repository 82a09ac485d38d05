/**
 * Health: the database answers and every committed migration is applied. The migration folders are listed from
 * TIRELIRE_MIGRATIONS_DIR (set by the start script) or ./prisma/migrations; without either, at least one applied
 * migration and none unfinished is required.
 */
import fs from "node:fs";
import path from "node:path";
import { raw } from "../db/raw";
import { currentProvider } from "../db/client";

export interface Health {
  ok: boolean;
  database: "up" | "down";
  pendingMigrations: string[];
  error?: string;
}

function expectedMigrations(): string[] | null {
  // turbopackIgnore: a run-time path; without it the build would trace the whole project into the output.
  const dir = process.env.TIRELIRE_MIGRATIONS_DIR
    ?? path.join(/*turbopackIgnore: true*/ process.cwd(), currentProvider() === "postgresql" ? "prisma/postgres/migrations" : "prisma/migrations");
  if (!fs.existsSync(/*turbopackIgnore: true*/ dir)) return null;
  return fs.readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

export async function checkHealth(): Promise<Health> {
  try {
    const rows = await raw().all<{ migration_name: string; finished_at: unknown; rolled_back_at: unknown }>(
      `SELECT "migration_name", "finished_at", "rolled_back_at" FROM "_prisma_migrations"`,
    );
    const applied = new Set(rows.filter((r) => r.finished_at !== null && r.rolled_back_at === null).map((r) => r.migration_name));
    const expected = expectedMigrations();
    const pending = expected ? expected.filter((name) => !applied.has(name)) : applied.size === 0 ? ["(none applied)"] : [];
    return { ok: pending.length === 0, database: "up", pendingMigrations: pending };
  } catch (error) {
    // The endpoint needs no sign-in: driver messages (host, port, user, file path) go to the server log only.
    console.error("health: database check failed:", error instanceof Error ? error.message.split("\n")[0] : String(error));
    return { ok: false, database: "down", pendingMigrations: [], error: "The database is unreachable (details in the server log)." };
  }
}
