import type { Locale } from "../../i18n";
import type { UserSettings } from "../kinds";

/** What every evaluator gets: one member of one household, with their settings. */
export interface EvalInput {
  householdId: string;
  userId: string;
  settings: UserSettings;
  today: string;
  locale: Locale;
}

/** Timestamps come back as ISO strings on SQLite and Dates on PostgreSQL. */
export function isoOf(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return value === null || value === undefined ? "never" : String(value);
}
