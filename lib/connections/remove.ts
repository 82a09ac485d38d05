/**
 * Removing a connection: its secrets and sync history go; its accounts and their transactions stay (detached,
 * usable for file imports) or are deleted with it, as the user chooses. One database transaction either way.
 */
import { db } from "../db/client";
import { requirePermission, type HouseholdContext } from "../auth/guard";
import { findConnection } from "./store";

export interface RemoveResult {
  deletedAccounts: number;
  detachedAccounts: number;
}

export async function removeConnection(ctx: HouseholdContext, id: string, options: { keepData: boolean }): Promise<RemoveResult> {
  requirePermission(ctx, "write");
  const row = await findConnection(ctx, id);
  return db().$transaction(async (tx) => {
    const runs = await tx.syncRun.findMany({ where: { connectionId: row.id }, select: { rawPayloadId: true } });
    const payloadIds = runs.flatMap((r) => (r.rawPayloadId ? [r.rawPayloadId] : []));
    let result: RemoveResult;
    if (options.keepData) {
      const detached = await tx.account.updateMany({ where: { connectionId: row.id, householdId: ctx.householdId }, data: { connectionId: null } });
      result = { deletedAccounts: 0, detachedAccounts: detached.count };
    } else {
      // Transactions, balance reports and bill links go with their accounts (cascades).
      const deleted = await tx.account.deleteMany({ where: { connectionId: row.id, householdId: ctx.householdId } });
      result = { deletedAccounts: deleted.count, detachedAccounts: 0 };
    }
    await tx.connection.delete({ where: { id: row.id } });
    await tx.job.deleteMany({ where: { id: `sync:${row.id}` } });
    // What the bank answered is the household's bank data too: it goes unless the user keeps the data.
    if (!options.keepData && payloadIds.length) await tx.rawPayload.deleteMany({ where: { id: { in: payloadIds }, householdId: ctx.householdId } });
    return result;
  });
}

/** Stops scheduled syncs without forgetting anything (status disabled); enable resumes them. */
export async function setConnectionEnabled(ctx: HouseholdContext, id: string, isEnabled: boolean): Promise<void> {
  requirePermission(ctx, "write");
  const row = await findConnection(ctx, id);
  if (isEnabled && row.status !== "disabled") return;
  await db().connection.update({ where: { id: row.id }, data: { status: isEnabled ? "active" : "disabled" } });
}
