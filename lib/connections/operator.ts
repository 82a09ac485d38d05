/** For the operator's CLI: which household a connection belongs to (the CLI then acts as that household's owner). */
import { db } from "../db/client";
import { AppError } from "../errors";

export async function householdOfConnection(connectionId: string): Promise<string> {
  const row = await db().connection.findUnique({ where: { id: connectionId }, select: { householdId: true } });
  if (!row) throw new AppError("NOT_FOUND", `Connection ${connectionId} not found.`);
  return row.householdId;
}

export async function listAllConnectionIds(householdId?: string): Promise<{ id: string; householdId: string; status: string }[]> {
  return db().connection.findMany({ where: householdId ? { householdId } : {}, select: { id: true, householdId: true, status: true }, orderBy: [{ householdId: "asc" }, { createdAt: "asc" }] });
}
