/** A bill file's type and name (no content), for the bill page to choose between viewer and download. */
import { raw } from "../../db/raw";
import type { HouseholdContext } from "../../auth/guard";

export async function billFileMeta(ctx: HouseholdContext, fileId: string | null): Promise<{ mime: string; name: string | null; size: number } | null> {
  if (!fileId) return null;
  const [row] = await raw().all<{ mime: string; name: string | null; size: unknown }>(
    `SELECT "mime", "name", "size" FROM "BillFile" WHERE "id" = ? AND "householdId" = ?`,
    [fileId, ctx.householdId],
  );
  return row ? { mime: row.mime, name: row.name, size: Number(row.size) } : null;
}
