/** Large transactions booked in the last few days (Cozy: 4), at or above the user's threshold; once per transaction. */
import { addDays } from "../../dates";
import { raw } from "../../db/raw";
import { formatMoney, toMinor } from "../../money";
import type { Alert } from "../alert";
import { kindOf } from "../kinds";
import { nt } from "../messages";
import type { EvalInput } from "./input";

const RECENT_DAYS = 4;

export async function largeTransactionAlerts(input: EvalInput): Promise<Alert[]> {
  const setting = kindOf(input.settings, "large_transaction");
  if (!setting.threshold) return [];
  const rows = await raw().all<{ id: string; accountId: string; name: string; date: string; amountMinor: bigint; currency: string; label: string }>(
    `SELECT t."id", t."accountId", a."name", t."date", t."amountMinor", t."currency", t."label"
       FROM "Transaction" t JOIN "Account" a ON a."id" = t."accountId"
      WHERE t."householdId" = ? AND t."deletedAt" IS NULL AND t."transferId" IS NULL AND t."date" >= ? ORDER BY t."date", t."id"`,
    [input.householdId, addDays(input.today, -RECENT_DAYS)],
  );
  const alerts: Alert[] = [];
  for (const row of rows) {
    const amount = BigInt(row.amountMinor);
    const threshold = toMinor(setting.threshold, row.currency);
    if ((amount < 0n ? -amount : amount) < threshold) continue;
    const vars = { account: row.name, label: row.label, amount: formatMoney(amount, row.currency, input.locale), date: row.date };
    alerts.push({
      kind: "large_transaction", userId: input.userId, dedupKey: `large_transaction:${input.userId}:${row.id}`,
      title: nt(input.locale, "large_transaction.title", vars), body: nt(input.locale, "large_transaction.body", vars),
      data: { transactionId: row.id, accountId: row.accountId, amountMinor: amount.toString() },
    });
  }
  return alerts;
}
