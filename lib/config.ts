/** Runtime configuration from the environment (scripts/env.mjs mirrors it for the start script). */
import fs from "node:fs";
import path from "node:path";

export type DbProvider = "sqlite" | "postgresql";

export function dataDir(): string {
  // turbopackIgnore: a run-time path; without it the build traces the whole project (data included) into the output.
  return path.resolve(/*turbopackIgnore: true*/ process.env.TIRELIRE_DATA_DIR ?? "./data");
}

export function databaseUrl(): string {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const dir = dataDir();
  fs.mkdirSync(dir, { recursive: true });
  return `file:${path.join(dir, "tirelire.db")}`;
}

export function providerOf(url: string): DbProvider {
  return /^postgres(ql)?:/.test(url) ? "postgresql" : "sqlite";
}

/** The SQLite file path of a `file:` URL. */
export function sqlitePath(url: string): string {
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}
