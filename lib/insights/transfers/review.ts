/** The user's word on a detected transfer: confirm it, or undo it (the pair is remembered and never proposed again). */
import { requirePermission, type HouseholdContext } from "../../auth/guard";
import { raw } from "../../db/raw";
import { AppError } from "../../errors";

export interface TransferRow {
  id: string;
  state: string;
  date: string;
  amountMinor: bigint;
  currency: string;
  outAccount: string;
  inAccount: string;
  outLabel: string;
  inLabel: string;
}

async function sides(householdId: string, transferId: string) {
  const rows = await raw().all<{ id: string; amountMinor: bigint }>(
    `SELECT "id", "amountMinor" FROM "Transaction" WHERE "householdId" = ? AND "transferId" = ?`,
    [householdId, transferId],
  );
  const out = rows.find((r) => BigInt(r.amountMinor) < 0n);
  const inn = rows.find((r) => BigInt(r.amountMinor) > 0n);
  if (!out || !inn) throw new AppError("NOT_FOUND", "Transfer not found");
  return { outId: out.id, inId: inn.id };
}

export async function confirmTransfer(ctx: HouseholdContext, transferId: string): Promise<void> {
  requirePermission(ctx, "write");
  await sides(ctx.householdId, transferId);
  await raw().run(`UPDATE "Transfer" SET "state" = 'confirmed' WHERE "id" = ? AND "householdId" = ?`, [transferId, ctx.householdId]);
}

/** Unlinks both transactions (they count as income and expense again) and remembers the pair as rejected. */
export async function undoTransfer(ctx: HouseholdContext, transferId: string): Promise<void> {
  requirePermission(ctx, "write");
  const { outId, inId } = await sides(ctx.householdId, transferId);
  await raw().transaction(async (tx) => {
    const now = new Date();
    await tx.run(`UPDATE "Transaction" SET "transferId" = NULL, "updatedAt" = ? WHERE "householdId" = ? AND "transferId" = ?`, [now, ctx.householdId, transferId]);
    // The Transfer row stays as the record of the rejected pair (linkTransfers skips it from then on).
    await tx.run(`UPDATE "Transfer" SET "state" = 'rejected', "outId" = ?, "inId" = ? WHERE "id" = ? AND "householdId" = ?`, [outId, inId, transferId, ctx.householdId]);
  });
}

export async function listTransfers(ctx: HouseholdContext, limit = 100): Promise<TransferRow[]> {
  const rows = await raw().all<TransferRow>(
    `SELECT tr."id", tr."state", o."date", i."amountMinor", i."currency", oa."name" AS "outAccount", ia."name" AS "inAccount", o."label" AS "outLabel", i."label" AS "inLabel"
       FROM "Transfer" tr
       JOIN "Transaction" o ON o."transferId" = tr."id" AND o."amountMinor" < 0
       JOIN "Transaction" i ON i."transferId" = tr."id" AND i."amountMinor" > 0
       JOIN "Account" oa ON oa."id" = o."accountId"
       JOIN "Account" ia ON ia."id" = i."accountId"
      WHERE tr."householdId" = ? AND tr."state" <> 'rejected'
      ORDER BY o."date" DESC LIMIT ?`,
    [ctx.householdId, limit],
  );
  for (const r of rows) r.amountMinor = BigInt(r.amountMinor);
  return rows;
}
