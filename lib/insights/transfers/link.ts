/**
 * Internal transfers, database edge: pairs free transactions of the household's own accounts with the pure
 * matcher of lib/reconcile/transfers.ts and links each pair through a Transfer row (transferId on both sides),
 * which takes them out of income and expense figures. Runs after imports and syncs, and periodically.
 *
 * A rejected pair must never come back: its Transfer row stays (state "rejected") with the pair's two
 * transaction ids in outId/inId, while the transactions themselves are unlinked and count as income and expense.
 */
import type { HouseholdContext } from "../../auth/guard";
import { addDays, todayIso } from "../../dates";
import { newId, raw, type RawTx } from "../../db/raw";
import { detectTransfers, pairKey, type TransferTransaction } from "../../reconcile/transfers";

async function loadRejectedPairs(tx: RawTx, householdId: string): Promise<Set<string>> {
  const rows = await tx.all<{ outId: string; inId: string }>(
    `SELECT "outId", "inId" FROM "Transfer" WHERE "householdId" = ? AND "state" = 'rejected' AND "outId" IS NOT NULL AND "inId" IS NOT NULL`,
    [householdId],
  );
  return new Set(rows.map((r) => pairKey(r.outId, r.inId)));
}

/** After-import and periodic passes look at recent rows only (a million-row history took ~30 s on a loaded box). */
export const DEFAULT_WINDOW_DAYS = 120;

async function loadFree(tx: RawTx, householdId: string, since: string): Promise<TransferTransaction[]> {
  // The household filter on both the row and its account: another household's accounts are never candidates.
  const rows = await tx.all<TransferTransaction>(
    `SELECT t."id", t."accountId", t."date", t."amountMinor", t."currency", t."label"
       FROM "Transaction" t JOIN "Account" a ON a."id" = t."accountId" AND a."householdId" = ?
      WHERE t."householdId" = ? AND t."date" >= ? AND t."deletedAt" IS NULL AND t."transferId" IS NULL`,
    [householdId, householdId, since],
  );
  for (const r of rows) r.amountMinor = BigInt(r.amountMinor);
  return rows;
}

/** Detects and links new transfers dated from `since` on (default: the last 120 days; "0000-01-01" for all). */
export async function linkTransfers(ctx: HouseholdContext, options: { since?: string } = {}): Promise<number> {
  const since = options.since ?? addDays(todayIso(), -DEFAULT_WINDOW_DAYS);
  return raw().transaction(async (tx) => {
    const rejectedPairs = await loadRejectedPairs(tx, ctx.householdId);
    const found = detectTransfers(await loadFree(tx, ctx.householdId, since), { rejectedPairs });
    const now = new Date();
    for (const pair of found) {
      const id = newId();
      await tx.insertMany("Transfer", ["id", "householdId", "state", "score", "outId", "inId", "createdAt"], [[id, ctx.householdId, "auto", pair.score, pair.outId, pair.inId, now]]);
      await tx.run(
        `UPDATE "Transaction" SET "transferId" = ?, "updatedAt" = ? WHERE "householdId" = ? AND "transferId" IS NULL AND "id" IN (?, ?)`,
        [id, now, ctx.householdId, pair.outId, pair.inId],
      );
    }
    return found.length;
  });
}

export async function linkTransfersAll(): Promise<void> {
  const households = await raw().all<{ id: string }>(`SELECT "id" FROM "Household"`);
  for (const household of households) await linkTransfers({ householdId: household.id, userId: null, role: "owner" });
}
