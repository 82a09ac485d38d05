/**
 * Writing detection results in bulk, SQLite and PostgreSQL: `UPDATE … FROM (VALUES …)` statements of a thousand
 * rows each (both databases name the VALUES columns column1, column2, …), one insert for all new series, and one
 * windowed query for the recent dates of every touched series: no statement per series, however many there are.
 */
import { newId, type RawTx, type SqlValue } from "../../db/raw";
import { anchorDayOfMonth, cadenceForInterval, stepFrom } from "./cadence";
import type { DetectedSeries, KnownSeries } from "./types";

const VALUES_CHUNK = 1000;

async function updateFromValues(tx: RawTx, sqlOf: (values: string) => string, head: readonly SqlValue[], rows: readonly (readonly SqlValue[])[], tail: readonly SqlValue[]): Promise<void> {
  for (let i = 0; i < rows.length; i += VALUES_CHUNK) {
    const chunk = rows.slice(i, i + VALUES_CHUNK);
    const values = chunk.map((row) => `(${row.map(() => "?").join(", ")})`).join(", ");
    await tx.run(sqlOf(values), [...head, ...chunk.flat(), ...tail]);
  }
}

/** Sets each transaction's series: pairs of [transactionId, recurrenceId]. */
export async function setRecurrenceIds(tx: RawTx, householdId: string, pairs: readonly (readonly [string, string])[]): Promise<void> {
  await updateFromValues(tx, (values) => `UPDATE "Transaction" SET "recurrenceId" = v."column2" FROM (VALUES ${values}) AS v
     WHERE "Transaction"."id" = v."column1" AND "Transaction"."householdId" = ?`, [], pairs, [householdId]);
}

/** Moves each touched series' last and next dates (and, for detected ones, the amount) to its latest transaction. */
export async function refreshSeries(tx: RawTx, householdId: string, series: readonly KnownSeries[]): Promise<void> {
  const recent = new Map<string, { date: string; amountMinor: bigint }[]>();
  for (let i = 0; i < series.length; i += VALUES_CHUNK) {
    const ids = series.slice(i, i + VALUES_CHUNK).map((s) => s.id);
    const rows = await tx.all<{ recurrenceId: string; date: string; amountMinor: bigint }>(
      `SELECT "recurrenceId", "date", "amountMinor" FROM (
         SELECT "recurrenceId", "date", "amountMinor", ROW_NUMBER() OVER (PARTITION BY "recurrenceId" ORDER BY "date" DESC) AS "rank"
           FROM "Transaction" WHERE "householdId" = ? AND "deletedAt" IS NULL AND "recurrenceId" IN (${ids.map(() => "?").join(", ")})
       ) r WHERE "rank" <= 12 ORDER BY "recurrenceId", "rank"`,
      [householdId, ...ids],
    );
    for (const row of rows) {
      const list = recent.get(row.recurrenceId);
      if (list) list.push(row);
      else recent.set(row.recurrenceId, [row]);
    }
  }
  const updates: SqlValue[][] = [];
  for (const s of series) {
    const rows = recent.get(s.id);
    const latest = rows?.[0];
    if (!rows || !latest) continue;
    const cadence = cadenceForInterval(s.intervalDays);
    const nextDate = stepFrom(latest.date, cadence, cadence.months > 0 ? anchorDayOfMonth(rows.map((r) => r.date)) : 0);
    updates.push([s.id, latest.date, nextDate, BigInt(latest.amountMinor).toString()]);
  }
  // A confirmed or edited series keeps the amount the user set.
  await updateFromValues(tx, (values) => `UPDATE "Recurrence" SET "lastDate" = v."column2", "nextDate" = v."column3", "updatedAt" = ?,
       "amountMinor" = CASE WHEN "Recurrence"."state" = 'detected' THEN CAST(v."column4" AS BIGINT) ELSE "Recurrence"."amountMinor" END
     FROM (VALUES ${values}) AS v WHERE "Recurrence"."id" = v."column1" AND "Recurrence"."householdId" = ?`, [new Date()], updates, [householdId]);
}

/** Stores new series as "detected" and links their transactions. */
export async function insertSeries(tx: RawTx, householdId: string, detected: readonly DetectedSeries[]): Promise<void> {
  const now = new Date();
  const ids = detected.map(() => newId());
  await tx.insertMany(
    "Recurrence",
    ["id", "householdId", "name", "payee", "categoryId", "accountId", "amountMinor", "currency", "amountToleranceMinor", "intervalDays", "lastDate", "nextDate", "state", "createdAt", "updatedAt"],
    detected.map((s, i) => [ids[i]!, householdId, s.name, s.payee, s.categoryId, s.accountId, s.amountMinor, s.currency, s.amountToleranceMinor, s.intervalDays, s.lastDate, s.nextDate, "detected", now, now]),
  );
  await setRecurrenceIds(tx, householdId, detected.flatMap((s, i) => s.transactionIds.map((txId) => [txId, ids[i]!] as const)));
}
