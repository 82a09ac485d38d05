/**
 * Reading a household's free transactions (booked, not deleted, in no series) for recurrence detection, SQLite
 * and PostgreSQL. A million rows as objects cost ~6 s to read; packed as text by the database (one string per
 * year, in date order through the (householdId, date) index) they cost a fraction of that, and only
 * the candidate payee groups (compact.ts) are then read as full rows.
 */
import type { RawTx } from "../../db/raw";
import { fromDayNumber } from "../../dates";
import { addPackedRows, addRows, FIELD_SEP, newCompactGroups, SOURCE_SEP, type CandidateSource, type CompactGroups, type RowSource } from "./compact";
import type { KnownSeries, RecurrenceState, RecurrenceTransaction } from "./types";
import { seriesKey } from "./types";

const FREE = `"deletedAt" IS NULL AND "recurrenceId" IS NULL AND "status" = 'booked' AND "amountMinor" <> 0`;
const IN_CHUNK = 500;

export async function loadKnownSeries(tx: RawTx, householdId: string): Promise<KnownSeries[]> {
  const rows = await tx.all<Omit<KnownSeries, "amountMinor" | "amountToleranceMinor" | "intervalDays"> & { amountMinor: bigint; amountToleranceMinor: bigint; intervalDays: bigint | number }>(
    `SELECT "id", "accountId", "payee", "currency", "amountMinor", "amountToleranceMinor", "intervalDays", "lastDate", "nextDate", "state"
       FROM "Recurrence" WHERE "householdId" = ?`,
    [householdId],
  );
  return rows.map((r) => ({ ...r, amountMinor: BigInt(r.amountMinor), amountToleranceMinor: BigInt(r.amountToleranceMinor), intervalDays: Number(r.intervalDays), state: r.state as RecurrenceState }));
}

/** The label only matters when the payee has no letter or digit (seriesKey falls back to it). */
function keyLabelSql(tx: RawTx): string {
  const hasLetter = tx.provider === "postgresql" ? `"payee" ~ '[A-Za-z0-9]'` : `"payee" GLOB '*[A-Za-z0-9]*'`;
  return `CASE WHEN ${hasLetter} THEN '' ELSE "label" END`;
}

function packedRowsSql(tx: RawTx): string {
  const source = `"accountId" || '${SOURCE_SEP}' || "currency" || '${SOURCE_SEP}' || COALESCE("payee", '') || '${SOURCE_SEP}' || ${keyLabelSql(tx)}`;
  return `SELECT COUNT(*) AS "n", string_agg(${source} || '${FIELD_SEP}' || "date" || '${FIELD_SEP}' || CAST("amountMinor" AS TEXT), '${FIELD_SEP}') AS "packed"
            FROM "Transaction"
           WHERE "householdId" = ? AND "date" >= ? AND "date" < ? AND ${FREE}`;
}

/** Every free row of the household, compact: groups of dates and amounts by payee source and direction. */
export async function loadCompactGroups(tx: RawTx, householdId: string): Promise<CompactGroups> {
  const [range] = await tx.all<{ first: string | null; last: string | null }>(
    `SELECT MIN("date") AS "first", MAX("date") AS "last" FROM "Transaction" WHERE "householdId" = ?`, [householdId]);
  const groups = newCompactGroups();
  if (!range?.first || !range.last) return groups;
  const sql = packedRowsSql(tx);
  // A year per statement (one pass over the (householdId, date) index) keeps each packed string far below
  // V8's string limit, whatever the history.
  for (let year = Number(range.first.slice(0, 4)); year <= Number(range.last.slice(0, 4)); year++) {
    const from = `${year}-01-01`;
    const to = `${year + 1}-01-01`;
    const [chunk] = await tx.all<{ n: bigint | number; packed: string | null }>(sql, [householdId, from, to]);
    const count = Number(chunk?.n ?? 0);
    if (count === 0 || !chunk?.packed || addPackedRows(groups, chunk.packed, count)) continue;
    const rows = await tx.all<{ accountId: string; currency: string; payee: string | null; label: string; date: string; amountMinor: bigint }>(
      `SELECT "accountId", "currency", "payee", "label", "date", "amountMinor" FROM "Transaction" WHERE "householdId" = ? AND "date" >= ? AND "date" < ? AND ${FREE}`,
      [householdId, from, to]);
    addRows(groups, rows.map((r) => ({ ...r, amountMinor: BigInt(r.amountMinor) })));
  }
  return groups;
}

/** Rows that just landed: one import batch or one sync run. */
export type NewRows = { importBatchId: string } | { syncRunId: string };

/** The payee sources of the free rows an import or sync just wrote (their groups are the only ones that changed). */
export async function loadNewRowSources(tx: RawTx, householdId: string, newRows: NewRows): Promise<RowSource[]> {
  const [column, id] = "importBatchId" in newRows ? ["importBatchId", newRows.importBatchId] : ["syncRunId", newRows.syncRunId];
  return tx.all<RowSource>(
    `SELECT DISTINCT "accountId", "currency", COALESCE("payee", '') AS "payee", ${keyLabelSql(tx)} AS "label"
       FROM "Transaction" WHERE "householdId" = ? AND "${column}" = ? AND ${FREE}`,
    [householdId, id],
  );
}

const groupKey = (tx: Pick<RecurrenceTransaction, "accountId" | "currency" | "payee" | "label" | "amountMinor">) =>
  [tx.accountId, tx.currency, tx.amountMinor < 0n ? "-" : "+", seriesKey(tx)].join(SOURCE_SEP);

/**
 * The free rows of some sources, in full, kept by their merged group key (account, currency, direction, series
 * key): the SQL filters are by payee or label, which also match other groups. Candidates of the compact pass
 * carry their direction and days, so their rows are looked up on those days only (the (accountId, date) index)
 * instead of across the account's whole history; sources without days (after an import) read whole groups.
 */
export async function loadCandidateRows(tx: RawTx, householdId: string, sources: readonly (RowSource & Partial<Pick<CandidateSource, "isDebit" | "days">>)[]): Promise<RecurrenceTransaction[]> {
  const byAccount = new Map<string, { payees: Set<string>; labels: Set<string>; days: Set<number> | null }>();
  const wanted = new Set<string>();
  for (const s of sources) {
    let entry = byAccount.get(s.accountId);
    if (!entry) byAccount.set(s.accountId, (entry = { payees: new Set(), labels: new Set(), days: new Set() }));
    if (s.label === "") entry.payees.add(s.payee);
    else entry.labels.add(s.label);
    if (!s.days) entry.days = null;
    else if (entry.days) for (const day of s.days) entry.days.add(day);
    for (const isDebit of s.isDebit === undefined ? [true, false] : [s.isDebit]) wanted.add(groupKey({ ...s, payee: s.payee || null, amountMinor: isDebit ? -1n : 1n }));
  }
  const rows = new Map<string, RecurrenceTransaction>();
  const keep = (found: RecurrenceTransaction[]) => {
    for (const row of found) {
      row.amountMinor = BigInt(row.amountMinor);
      if (wanted.has(groupKey(row))) rows.set(row.id, row);
    }
  };
  const select = `SELECT "id", "accountId", "date", "amountMinor", "currency", "payee", "label", "categoryId" FROM "Transaction"
                   WHERE "householdId" = ? AND "accountId" = ? AND ${FREE}`;
  const list = (values: readonly unknown[]) => values.map(() => "?").join(", ");
  for (const [accountId, { payees, labels, days }] of byAccount) {
    if (days && payees.size <= IN_CHUNK && labels.size <= IN_CHUNK) {
      const byText = [...(payees.size > 0 ? [`"payee" IN (${list([...payees])})`] : []), ...(labels.size > 0 ? [`"label" IN (${list([...labels])})`] : [])].join(" OR ");
      const isoDays = [...days].sort((a, b) => a - b).map(fromDayNumber);
      for (let i = 0; i < isoDays.length; i += IN_CHUNK) {
        const chunk = isoDays.slice(i, i + IN_CHUNK);
        keep(await tx.all<RecurrenceTransaction>(`${select} AND "date" IN (${list(chunk)}) AND (${byText})`, [householdId, accountId, ...chunk, ...payees, ...labels]));
      }
      continue;
    }
    for (const [column, values] of [["payee", [...payees]], ["label", [...labels]]] as const) {
      for (let i = 0; i < values.length; i += IN_CHUNK) {
        const chunk = values.slice(i, i + IN_CHUNK);
        keep(await tx.all<RecurrenceTransaction>(`${select} AND "${column}" IN (${list(chunk)})`, [householdId, accountId, ...chunk]));
      }
    }
  }
  return [...rows.values()];
}
