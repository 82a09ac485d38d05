/**
 * The database edge of recurrences: after each import or sync (and on a periodic pass), new transactions join
 * the stored series, then the rest of the history is searched for new series, stored as "detected".
 * One raw transaction, bulk statements only. Detection reacts to nothing, so it cannot re-trigger itself
 * (Cozy's service looped on its own writes: cozy-banks.md §7).
 */
import type { HouseholdContext } from "../../auth/guard";
import { todayIso } from "../../dates";
import { newId, raw, type RawTx } from "../../db/raw";
import { attachToSeries } from "./attach";
import { anchorDayOfMonth, cadenceForInterval, stepFrom } from "./cadence";
import { detectRecurrences } from "./detect";
import type { KnownSeries, RecurrenceState, RecurrenceTransaction } from "./types";

export interface AttachAndDetectResult {
  attached: number;
  created: number;
}

const CHUNK = 500;

export async function loadKnownSeries(tx: RawTx, householdId: string): Promise<KnownSeries[]> {
  const rows = await tx.all<Omit<KnownSeries, "amountMinor" | "amountToleranceMinor" | "intervalDays"> & { amountMinor: bigint; amountToleranceMinor: bigint; intervalDays: bigint | number }>(
    `SELECT "id", "accountId", "payee", "currency", "amountMinor", "amountToleranceMinor", "intervalDays", "lastDate", "nextDate", "state"
       FROM "Recurrence" WHERE "householdId" = ?`,
    [householdId],
  );
  return rows.map((r) => ({ ...r, amountMinor: BigInt(r.amountMinor), amountToleranceMinor: BigInt(r.amountToleranceMinor), intervalDays: Number(r.intervalDays), state: r.state as RecurrenceState }));
}

async function loadFreeTransactions(tx: RawTx, householdId: string): Promise<RecurrenceTransaction[]> {
  const rows = await tx.all<RecurrenceTransaction>(
    `SELECT "id", "accountId", "date", "amountMinor", "currency", "payee", "label", "categoryId"
       FROM "Transaction"
      WHERE "householdId" = ? AND "deletedAt" IS NULL AND "recurrenceId" IS NULL AND "status" = 'booked'`,
    [householdId],
  );
  for (const r of rows) r.amountMinor = BigInt(r.amountMinor);
  return rows;
}

async function setRecurrence(tx: RawTx, householdId: string, recurrenceId: string, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    await tx.run(
      `UPDATE "Transaction" SET "recurrenceId" = ? WHERE "householdId" = ? AND "id" IN (${chunk.map(() => "?").join(", ")})`,
      [recurrenceId, householdId, ...chunk],
    );
  }
}

/** Moves each touched series' last and next dates (and, for detected ones, the amount) to its latest transaction. */
async function refreshSeries(tx: RawTx, householdId: string, ids: readonly string[]): Promise<void> {
  const now = new Date();
  for (const id of ids) {
    const [series] = await tx.all<{ state: string; intervalDays: bigint | number }>(`SELECT "state", "intervalDays" FROM "Recurrence" WHERE "id" = ? AND "householdId" = ?`, [id, householdId]);
    const recent = await tx.all<{ date: string; amountMinor: bigint }>(
      `SELECT "date", "amountMinor" FROM "Transaction" WHERE "recurrenceId" = ? AND "deletedAt" IS NULL ORDER BY "date" DESC LIMIT 12`,
      [id],
    );
    const latest = recent[0];
    if (!series || !latest) continue;
    const cadence = cadenceForInterval(Number(series.intervalDays));
    const nextDate = stepFrom(latest.date, cadence, cadence.months > 0 ? anchorDayOfMonth(recent.map((r) => r.date)) : 0);
    // A confirmed or edited series keeps the amount the user set.
    const amountSql = series.state === "detected" ? `, "amountMinor" = ?` : "";
    await tx.run(
      `UPDATE "Recurrence" SET "lastDate" = ?, "nextDate" = ?, "updatedAt" = ?${amountSql} WHERE "id" = ?`,
      [latest.date, nextDate, now, ...(series.state === "detected" ? [BigInt(latest.amountMinor)] : []), id],
    );
  }
}

export async function attachAndDetect(ctx: HouseholdContext, today = todayIso()): Promise<AttachAndDetectResult> {
  return raw().transaction(async (tx) => {
    const known = await loadKnownSeries(tx, ctx.householdId);
    const free = await loadFreeTransactions(tx, ctx.householdId);
    const attached = attachToSeries(free, known);
    const bySeries = new Map<string, string[]>();
    for (const [txId, seriesId] of attached) {
      const list = bySeries.get(seriesId);
      if (list) list.push(txId);
      else bySeries.set(seriesId, [txId]);
    }
    for (const [seriesId, ids] of bySeries) await setRecurrence(tx, ctx.householdId, seriesId, ids);
    await refreshSeries(tx, ctx.householdId, [...bySeries.keys()]);

    const remaining = free.filter((t) => !attached.has(t.id));
    const detected = detectRecurrences(remaining, { today, known });
    const now = new Date();
    for (const s of detected) {
      const id = newId();
      await tx.insertMany(
        "Recurrence",
        ["id", "householdId", "name", "payee", "categoryId", "accountId", "amountMinor", "currency", "amountToleranceMinor", "intervalDays", "lastDate", "nextDate", "state", "createdAt", "updatedAt"],
        [[id, ctx.householdId, s.name, s.payee, s.categoryId, s.accountId, s.amountMinor, s.currency, s.amountToleranceMinor, s.intervalDays, s.lastDate, s.nextDate, "detected", now, now]],
      );
      await setRecurrence(tx, ctx.householdId, id, s.transactionIds);
    }
    return { attached: attached.size, created: detected.length };
  });
}

/** The periodic pass: catches series whose transactions arrived without an import hook (manual entry, edits). */
export async function attachAndDetectAll(): Promise<void> {
  const households = await raw().all<{ id: string }>(`SELECT "id" FROM "Household"`);
  for (const household of households) await attachAndDetect({ householdId: household.id, userId: null, role: "owner" });
}
