/**
 * The categorizer's SQL, in one thin file: loading a household's rules, model and custom categories, reading
 * transactions in bulk and writing category fields back in bulk (raw SQL, never one ORM call per row).
 * Every statement filters on householdId.
 */
import type { RawTx, SqlValue } from "../../db/raw";
import type { CustomCategory } from "../tree";
import type { Rule } from "../rules";

export interface TransactionRow {
  id: string;
  accountId: string;
  date: string;
  amountMinor: bigint;
  currency: string;
  rawLabel: string;
  label: string;
  payee: string | null;
  bankCategory: string | null;
  categoryId: string;
  categorySource: string;
  categoryConfidence: number | null;
  categoryRuleId: string | null;
  tags: string;
}

const TX_COLUMNS = `"id", "accountId", "date", "amountMinor", "currency", "rawLabel", "label", "payee", "bankCategory", "categoryId", "categorySource", "categoryConfidence", "categoryRuleId", "tags"`;

export async function selectRuleRows(tx: RawTx, householdId: string, onlyEnabled: boolean): Promise<Record<string, unknown>[]> {
  return tx.all(
    `SELECT "id", "name", "stage", "position", "conditionsOp", "conditions", "actions", "isEnabled" FROM "Rule" WHERE "householdId" = ?${onlyEnabled ? ` AND "isEnabled" = ?` : ""} ORDER BY "position", "id"`,
    onlyEnabled ? [householdId, true] : [householdId],
  );
}

/** A rule row as the schema expects it (JSON columns parsed; a corrupt row yields a value zod will reject). */
export function ruleFromRow(row: Record<string, unknown>): Rule {
  const parse = (text: unknown) => {
    try {
      return JSON.parse(String(text));
    } catch {
      return null;
    }
  };
  return {
    id: String(row.id), name: String(row.name), stage: row.stage as Rule["stage"], position: Number(row.position),
    conditionsOp: row.conditionsOp as Rule["conditionsOp"], conditions: parse(row.conditions), actions: parse(row.actions),
    isEnabled: row.isEnabled === true || row.isEnabled === 1 || row.isEnabled === 1n,
  };
}

export async function selectModelState(tx: RawTx, householdId: string): Promise<string | null> {
  const rows = await tx.all<{ state: string }>(`SELECT "state" FROM "CategoryModel" WHERE "householdId" = ?`, [householdId]);
  return rows[0]?.state ?? null;
}

export async function saveModelState(tx: RawTx, householdId: string, state: string, examples: number): Promise<void> {
  await tx.run(
    `INSERT INTO "CategoryModel" ("householdId", "state", "examples", "updatedAt") VALUES (?, ?, ?, ?)
     ON CONFLICT ("householdId") DO UPDATE SET "state" = excluded."state", "examples" = excluded."examples", "updatedAt" = excluded."updatedAt"`,
    [householdId, state, examples, new Date()],
  );
}

export async function selectCustomCategories(tx: RawTx, householdId: string): Promise<CustomCategory[]> {
  const rows = await tx.all<Record<string, unknown>>(`SELECT "id", "parentId", "nameEn", "nameFr", "color", "isHidden", "mergedInto" FROM "Category" WHERE "householdId" = ?`, [householdId]);
  return rows.map((r) => ({
    id: String(r.id), parentId: (r.parentId as string | null) ?? null, nameEn: String(r.nameEn), nameFr: String(r.nameFr),
    color: (r.color as string | null) ?? null, isHidden: r.isHidden === true || r.isHidden === 1 || r.isHidden === 1n, mergedInto: (r.mergedInto as string | null) ?? null,
  }));
}

export async function selectTransactionsByIds(tx: RawTx, householdId: string, ids: readonly string[]): Promise<TransactionRow[]> {
  const rows: TransactionRow[] = [];
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = ids.slice(start, start + 500);
    rows.push(...(await tx.all<TransactionRow>(
      `SELECT ${TX_COLUMNS} FROM "Transaction" WHERE "householdId" = ? AND "deletedAt" IS NULL AND "id" IN (${chunk.map(() => "?").join(", ")})`,
      [householdId, ...chunk],
    )));
  }
  return rows.map(normalizeRow);
}

/** Every live transaction of the household, optionally leaving out the manual ones. */
export async function selectHouseholdTransactions(tx: RawTx, householdId: string, isManualExcluded: boolean): Promise<TransactionRow[]> {
  const rows = await tx.all<TransactionRow>(
    `SELECT ${TX_COLUMNS} FROM "Transaction" WHERE "householdId" = ? AND "deletedAt" IS NULL${isManualExcluded ? ` AND "categorySource" <> 'manual'` : ""} ORDER BY "date", "id"`,
    [householdId],
  );
  return rows.map(normalizeRow);
}

function normalizeRow(row: TransactionRow): TransactionRow {
  return { ...row, amountMinor: BigInt(row.amountMinor), categoryConfidence: row.categoryConfidence === null ? null : Number(row.categoryConfidence) };
}

export interface CategoryUpdate {
  id: string;
  categoryId: string;
  categorySource: string;
  categoryConfidence: number | null;
  categoryRuleId: string | null;
  payee: string | null;
  tags: string;
}

/**
 * Writes category fields for many rows. SQLite: one prepared statement in the caller's transaction
 * (~250k rows/s). PostgreSQL: UPDATE … FROM (VALUES …) in chunks. The manual guard is in the SQL too,
 * so even a stale caller cannot overwrite a manual choice; only the user's own act (isManualAct) can.
 */
export async function updateCategories(tx: RawTx, householdId: string, updates: readonly CategoryUpdate[], isManualAct = false): Promise<number> {
  if (!updates.length) return 0;
  const now = new Date();
  let changed = 0;
  if (tx.provider === "sqlite") {
    for (const u of updates) {
      changed += await tx.run(
        `UPDATE "Transaction" SET "categoryId" = ?, "categorySource" = ?, "categoryConfidence" = ?, "categoryRuleId" = ?, "payee" = ?, "tags" = ?, "updatedAt" = ?
         WHERE "id" = ? AND "householdId" = ?${isManualAct ? "" : ` AND "categorySource" <> 'manual'`}`,
        [u.categoryId, u.categorySource, u.categoryConfidence, u.categoryRuleId, u.payee, u.tags, now, u.id, householdId],
      );
    }
    return changed;
  }
  for (let start = 0; start < updates.length; start += 1000) {
    const chunk = updates.slice(start, start + 1000);
    const params: SqlValue[] = [now];
    const tuples = chunk.map((u) => {
      params.push(u.id, u.categoryId, u.categorySource, u.categoryConfidence, u.categoryRuleId, u.payee, u.tags);
      return `(?, ?, ?, CAST(? AS DOUBLE PRECISION), ?, ?, ?)`;
    });
    params.push(householdId);
    changed += await tx.run(
      `UPDATE "Transaction" AS t SET "categoryId" = v.c, "categorySource" = v.s, "categoryConfidence" = v.p, "categoryRuleId" = v.r, "payee" = v.y, "tags" = v.g, "updatedAt" = ?
       FROM (VALUES ${tuples.join(", ")}) AS v(id, c, s, p, r, y, g)
       WHERE t."id" = v.id AND t."householdId" = ?${isManualAct ? "" : ` AND t."categorySource" <> 'manual'`}`,
      params,
    );
  }
  return changed;
}
