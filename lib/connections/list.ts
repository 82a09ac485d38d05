/** Reading connections: the household's list and one connection, as public views (no secrets). */
import { db } from "../db/client";
import { AppError } from "../errors";
import type { HouseholdContext } from "../auth/guard";
import { ACCOUNT_VIEW_SELECT, toView } from "./store";
import type { ConnectionView } from "./types";

export async function listConnections(ctx: HouseholdContext): Promise<ConnectionView[]> {
  const rows = await db().connection.findMany({
    where: { householdId: ctx.householdId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { accounts: { select: ACCOUNT_VIEW_SELECT, orderBy: { name: "asc" } } },
  });
  return rows.map(toView);
}

export async function getConnection(ctx: HouseholdContext, id: string): Promise<ConnectionView> {
  const row = await db().connection.findFirst({ where: { id, householdId: ctx.householdId }, include: { accounts: { select: ACCOUNT_VIEW_SELECT, orderBy: { name: "asc" } } } });
  if (!row) throw new AppError("NOT_FOUND", "Connection not found", { userMessage: "This connection does not exist (or was removed)." });
  return toView(row);
}
