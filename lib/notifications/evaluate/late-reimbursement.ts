/**
 * Health bills (type health_costs) with no reimbursement link (BillLink kind reimbursement, not rejected) after
 * N days (default 30), looked for over the six months before that (Cozy's window); once per bill.
 */
import { addDays } from "../../dates";
import { raw } from "../../db/raw";
import { formatMoney } from "../../money";
import type { Alert } from "../alert";
import { kindOf } from "../kinds";
import { nt } from "../messages";
import type { EvalInput } from "./input";

export async function lateReimbursementAlerts(input: EvalInput): Promise<Alert[]> {
  const days = kindOf(input.settings, "late_reimbursement").days ?? 30;
  const until = addDays(input.today, -days);
  const bills = await raw().all<{ id: string; vendor: string; date: string; amountMinor: bigint; currency: string }>(
    `SELECT b."id", b."vendor", COALESCE(b."originalDate", b."date") AS "date", COALESCE(b."originalAmountMinor", b."amountMinor") AS "amountMinor", b."currency"
       FROM "Bill" b
      WHERE b."householdId" = ? AND b."type" = 'health_costs' AND b."isRefund" = ?
        AND COALESCE(b."originalDate", b."date") BETWEEN ? AND ?
        AND NOT EXISTS (SELECT 1 FROM "BillLink" l WHERE l."billId" = b."id" AND l."kind" = 'reimbursement' AND l."state" <> 'rejected')
      ORDER BY 3`,
    [input.householdId, false, addDays(until, -183), until],
  );
  return bills.map((bill) => {
    const vars = { vendor: bill.vendor, amount: formatMoney(BigInt(bill.amountMinor), bill.currency, input.locale), date: bill.date, days };
    return {
      kind: "late_reimbursement" as const, userId: input.userId, dedupKey: `late_reimbursement:${input.userId}:${bill.id}`,
      title: nt(input.locale, "late_reimbursement.title", vars), body: nt(input.locale, "late_reimbursement.body", vars),
      data: { billId: bill.id },
    };
  });
}
