/**
 * Which tables a backup carries and in which order a restore inserts them: parents before the rows that
 * reference them, so foreign keys hold at every insert. A table the list does not know yet (a newer migration)
 * goes last; test/db/backup checks the list covers the migrated schema.
 */
import type { RawTx } from "../db/raw";
import { SUMMARY_TABLES } from "../insights/summary/sql";

export const TABLE_ORDER = [
  "User", "Household", "Membership", "LoginThrottle", "Connection", "Account", "RawPayload", "ImportBatch",
  "Transfer", "Recurrence", "Category", "Rule", "CategoryModel", "CsvProfile", "SyncRun", "BalanceReport",
  "Konnector", "KonnectorRun", "BillFile", "Bill", "Transaction", "BillLink", "Budget", "ExchangeRate",
  "Notification", "NotificationSetting", "ApiToken", "Job",
] as const;

const INTERNAL_TABLE = /^(_prisma_migrations|sqlite_.*)$/;

/** The application's tables in the database, in restore order. */
export async function listTables(tx: RawTx): Promise<string[]> {
  const rows = tx.provider === "postgresql"
    ? await tx.all<{ name: string }>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")
    : await tx.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'");
  return orderTables(rows.map((r) => r.name).filter((name) => !INTERNAL_TABLE.test(name)));
}

/**
 * Application tables in restore order. Derived tables (the dashboard summaries) are left out: the triggers on
 * "Transaction" rebuild them as its rows go in, so carrying them too would count every transaction twice.
 */
export function orderTables(names: readonly string[]): string[] {
  const derived: readonly string[] = SUMMARY_TABLES;
  const rank = (name: string) => {
    const index = (TABLE_ORDER as readonly string[]).indexOf(name);
    return index === -1 ? TABLE_ORDER.length : index;
  };
  return names.filter((name) => !derived.includes(name)).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Names of the migrations applied to a database, oldest first (what a restore must be able to apply). */
export async function appliedMigrations(tx: RawTx): Promise<string[]> {
  const rows = await tx.all<{ name: string }>('SELECT "migration_name" AS name FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL ORDER BY "migration_name"');
  return rows.map((r) => r.name);
}

export const quoteIdent = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;
