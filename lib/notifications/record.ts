/** Records alerts; the (householdId, dedupKey) unique key makes the same alert a no-op the second time. */
import { newId, raw } from "../db/raw";
import type { Alert } from "./alert";

export async function recordAlerts(householdId: string, alerts: readonly Alert[], now = new Date()): Promise<number> {
  let created = 0;
  for (const alert of alerts) {
    created += await raw().run(
      `INSERT INTO "Notification" ("id", "householdId", "userId", "kind", "dedupKey", "title", "body", "data", "createdAt")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("householdId", "dedupKey") DO NOTHING`,
      [newId(), householdId, alert.userId, alert.kind, alert.dedupKey, alert.title, alert.body, JSON.stringify(alert.data), now],
    );
  }
  return created;
}
